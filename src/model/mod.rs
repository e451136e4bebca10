//! The data contract: configuration, places, and the problems found while reading them.
//! Shared by the widget and the editors' tools; no browser code here.

mod area;
mod calendar;
mod config;
mod contact;
mod dataset;
mod date;
mod directions;
mod event;
mod feature;
mod gazetteer;
mod hours;
mod ics;
mod json_error;
mod lang;
mod links;
mod look;
mod outline;
mod place;
mod problem;
mod schema;
mod source;
mod trouble;
mod uri;

pub use area::{Area, area_of, largest_first, parse_areas};
pub use calendar::{LocalTime, add_days, berlin, berlin_to_utc_ms, holiday, weekday};
pub use config::{BaseLayer, Basemap, Category, Config, is_css_hex_color, offered, parse_config};
pub use contact::{email_href, phone_href, website_href, website_label};
pub use dataset::{Dataset, SourceReport};
pub use date::Date;
pub use directions::{destination, route_link, transit_link};
pub use event::{EVENT_KINDS, Event, When, event_kind, parse_events};
pub use feature::place_of;
pub use gazetteer::{Gazetteer, Locality};
pub use hours::{Hours, Status, clock, status_of};
pub use ics::ics;
pub use lang::{LANGS, Lang, Localized, negotiate, start_lang, within_offer};
pub use links::{RECOGNITION_FINDER, profession_link, serves_newcomers};
pub use look::{Look, Shape, cluster_ring, cluster_size, fixed};
pub use outline::parse_outline;
pub use place::{AUDIENCES, MODES, Offer, Place, STAGES, Wheelchair, index_of};
pub use problem::{Arg, Failure, Kind, Message, Problem, Severity};
pub use schema::{FIELDS, Field, json_schema};
pub use source::{KNOWN_PROPERTIES, SourceOutcome, SourceParser, parse_source};
pub use trouble::{Trouble, troubles};
pub use uri::{decode_component, encode_component};
