//! Editing places in the browser (the editors' page `bearbeiten.html`, issue 27): plain data and
//! functions, tested natively. The page only renders this state and forwards events.
//! - [`document`]: one GeoJSON file as text; changed features are written anew, untouched ones
//!   keep their bytes (so the web team's diff shows only the change);
//! - [`history`]: the changes made, undo and redo, the per-file summary;
//! - [`ids`]: an id made from a name, unique across all files;
//! - [`week`]: the weekday table of opening hours and its `opening_hours` string;
//! - [`fields`]: a changed place checked by the checker, problems by field;
//! - [`labels`]: the checker's sentences with the form's labels;
//! - [`when`]: an event's start or end as its date and time fields change it;
//! - [`rough`]: places at their town's centre ("Lage ungefähr"), until placed by hand;
//! - [`table`]: a file saved as a table;
//! - [`target`]: the file and category a new place starts with;
//! - [`incoming`]: a partner's list (a table or GeoJSON) read as new places with their problems;
//! - [`joining`]: which file such places join, and their ids unique across all files.

pub mod document;
pub mod fields;
pub mod history;
pub mod ids;
pub mod incoming;
pub mod joining;
pub mod labels;
pub mod rough;
pub mod table;
pub mod target;
pub mod week;
pub mod when;
