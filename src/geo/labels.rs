//! Which text labels fit on screen without covering each other.
//!
//! Greedy, in the given order: the caller lists labels by priority (e.g. larger areas first), and a
//! label is shown only if its box, grown by `gap` on every side, touches no box shown before it.
//! Each label is compared with the ones shown so far, which is plenty for the few hundred names a
//! view of one district can hold.

use super::Point;

/// A label's box in screen pixels, centred on where the text is anchored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub center: Point,
    pub width: f64,
    pub height: f64,
}

impl LabelBox {
    /// The box of one line of `text` at `font_px`: the estimated width and a line's height.
    pub fn for_text(center: Point, text: &str, font_px: f64) -> Self {
        Self { center, width: label_width(text, font_px), height: font_px * LINE_HEIGHT }
    }

    fn is_finite(&self) -> bool {
        self.center.x.is_finite() && self.center.y.is_finite() && self.width.is_finite() && self.height.is_finite()
    }

    /// True when the boxes come closer than `gap`; boxes exactly `gap` apart may both stay.
    fn crowds(&self, other: &LabelBox, gap: f64) -> bool {
        (self.center.x - other.center.x).abs() < (self.width + other.width) / 2.0 + gap
            && (self.center.y - other.center.y).abs() < (self.height + other.height) / 2.0 + gap
    }
}

/// A line of text is this many font sizes high (CSS `line-height: normal` is about 1.2).
const LINE_HEIGHT: f64 = 1.2;

/// The average advance of a character in a sans-serif font, in font sizes. Lower-case letters are
/// about 0.5 em wide, capitals and umlauts' bases about 0.65; 0.55 errs a little on the wide side,
/// so estimated boxes rarely end short of the drawn text.
const CHAR_WIDTH: f64 = 0.55;

/// The estimated width in pixels of `text` on one line at `font_px` (characters × 0.55 × size).
/// Without a font at hand this is an estimate; keep a `gap` between labels for its error.
pub fn label_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH * font_px
}

/// For each box, whether it is shown. Boxes with a non-finite position or size are not.
pub fn place_labels(boxes: &[LabelBox], gap: f64) -> Vec<bool> {
    let candidates: Vec<Vec<LabelBox>> = boxes.iter().map(|b| vec![*b]).collect();
    place_labels_at(&[], &candidates, gap).into_iter().map(|c| c.is_some()).collect()
}

/// For each label, the first of its candidate boxes (e.g. on its point, then below, then above)
/// that keeps clear of `taken` and of the labels placed before it; `None` when none does.
pub fn place_labels_at(taken: &[LabelBox], candidates: &[Vec<LabelBox>], gap: f64) -> Vec<Option<usize>> {
    let mut shown: Vec<LabelBox> = taken.iter().filter(|t| t.is_finite()).copied().collect();
    candidates
        .iter()
        .map(|options| {
            let pick = options.iter().position(|b| b.is_finite() && shown.iter().all(|s| !b.crowds(s, gap)));
            if let Some(i) = pick {
                shown.push(options[i]);
            }
            pick
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64, width: f64) -> LabelBox {
        LabelBox { center: Point::new(x, y), width, height: 10.0 }
    }

    #[test]
    fn labels_keep_clear_of_markers_even_where_markers_overlap() {
        let markers = [at(0.0, 0.0, 28.0), at(10.0, 0.0, 28.0)];
        let names = [at(12.0, 4.0, 40.0), at(100.0, 0.0, 40.0)];
        let names: Vec<Vec<LabelBox>> = names.iter().map(|n| vec![*n]).collect();
        assert_eq!(place_labels_at(&markers, &names, 2.0), [None, Some(0)]);
    }

    #[test]
    fn a_label_moves_to_its_next_place_when_the_first_is_taken() {
        let markers = [at(0.0, 0.0, 28.0)];
        let name = vec![at(0.0, 0.0, 40.0), at(0.0, 30.0, 40.0), at(0.0, -30.0, 40.0)];
        let blocked = vec![at(0.0, 0.0, 40.0)];
        assert_eq!(place_labels_at(&markers, &[name, blocked], 2.0), [Some(1), None]);
    }

    #[test]
    fn apart_labels_all_show() {
        let boxes = [at(0.0, 0.0, 40.0), at(100.0, 0.0, 40.0), at(0.0, 50.0, 40.0)];
        assert_eq!(place_labels(&boxes, 4.0), [true, true, true]);
    }

    #[test]
    fn the_earlier_label_wins_an_overlap() {
        let boxes = [at(0.0, 0.0, 60.0), at(20.0, 5.0, 60.0), at(200.0, 0.0, 60.0), at(215.0, 0.0, 10.0)];
        assert_eq!(place_labels(&boxes, 0.0), [true, false, true, false]);
        // A hidden label does not block a later one.
        let chain = [at(0.0, 0.0, 40.0), at(35.0, 0.0, 40.0), at(70.0, 0.0, 40.0)];
        assert_eq!(place_labels(&chain, 0.0), [true, false, true]);
    }

    #[test]
    fn the_gap_keeps_neighbours_apart() {
        // 40 px wide boxes 50 px apart leave 10 px between them.
        let boxes = [at(0.0, 0.0, 40.0), at(50.0, 0.0, 40.0)];
        assert_eq!(place_labels(&boxes, 10.0), [true, true], "exactly the gap is enough");
        assert_eq!(place_labels(&boxes, 10.5), [true, false]);
        let stacked = [at(0.0, 0.0, 40.0), at(0.0, 12.0, 40.0)];
        assert_eq!(place_labels(&stacked, 2.0), [true, true]);
        assert_eq!(place_labels(&stacked, 3.0), [true, false]);
    }

    #[test]
    fn broken_boxes_are_never_shown() {
        let boxes = [at(f64::NAN, 0.0, 40.0), at(0.0, 0.0, f64::INFINITY), at(0.0, 0.0, 40.0)];
        assert_eq!(place_labels(&boxes, 2.0), [false, false, true]);
        assert!(place_labels(&[], 2.0).is_empty());
    }

    #[test]
    fn width_grows_with_characters_not_bytes() {
        assert_eq!(label_width("", 12.0), 0.0);
        assert!((label_width("Tostedt", 12.0) - 7.0 * 0.55 * 12.0).abs() < 1e-9);
        assert_eq!(label_width("Gödenstorf", 10.0), label_width("Godenstorf", 10.0));
        let b = LabelBox::for_text(Point::new(5.0, 5.0), "Otter", 10.0);
        assert_eq!((b.width, b.height), (5.0 * 0.55 * 10.0, 12.0));
    }
}

/// Label size in CSS px for the collision estimate (the stylesheet draws area names at 0.75em).
const AREA_LABEL_PX: f64 = 12.0;
/// Names closer than this (px) hide the smaller area's name.
const AREA_LABEL_GAP: f64 = 6.0;
/// Names shift by this much (px) to get out from under their town's markers.
const AREA_MARKER_PX: f64 = 28.0;
/// Below this zoom area names would only crowd the district.
pub const AREA_LABELS_FROM_ZOOM: f64 = 8.0;

/// Which area names fit, and where: `named` holds each name at its label point (pane px), largest
/// area first; a name goes on its point, else just below or above its town's markers, never under
/// a marker (`markers`) or another name.
pub fn area_labels(named: Vec<(String, Point)>, markers: &[LabelBox]) -> Vec<(String, Point)> {
    let shifts = [0.0, AREA_MARKER_PX, -AREA_MARKER_PX];
    let candidates: Vec<Vec<LabelBox>> = named
        .iter()
        .map(|(n, at)| {
            shifts.iter().map(|dy| LabelBox::for_text(at.add(Point::new(0.0, *dy)), n, AREA_LABEL_PX)).collect()
        })
        .collect();
    let picked = place_labels_at(markers, &candidates, AREA_LABEL_GAP);
    named
        .into_iter()
        .zip(picked)
        .filter_map(|((name, at), pick)| pick.map(|i| (name, at.add(Point::new(0.0, shifts[i])))))
        .collect()
}
