//! The transcendental functions the map's geometry needs. In the browser they are the browser's
//! own `Math` (what Leaflet and supercluster compute with), because Rust's are a software libm
//! compiled into the wasm: about 12 KB of code in the first download for nine functions the page
//! already has. Elsewhere (the command line, native tests) they are the standard library's.

#[cfg(target_arch = "wasm32")]
use js_sys::Math as m;

macro_rules! unary {
    ($($(#[$doc:meta])* $name:ident => $js:ident, $std:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(x: f64) -> f64 {
            #[cfg(target_arch = "wasm32")]
            return m::$js(x);
            #[cfg(not(target_arch = "wasm32"))]
            return x.$std();
        }
    )*};
}

unary! {
    sin => sin, sin;
    cos => cos, cos;
    tan => tan, tan;
    asin => asin, asin;
    atan => atan, atan;
    exp => exp, exp;
    /// The natural logarithm.
    ln => log, ln;
    log2 => log2, log2;
}

/// 2 to the power `x`.
#[inline]
pub fn exp2(x: f64) -> f64 {
    powf(2.0, x)
}

macro_rules! binary {
    ($($(#[$doc:meta])* $name:ident($a:ident, $b:ident) => $js:ident, $std:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name($a: f64, $b: f64) -> f64 {
            #[cfg(target_arch = "wasm32")]
            return m::$js($a, $b);
            #[cfg(not(target_arch = "wasm32"))]
            return $a.$std($b);
        }
    )*};
}

binary! {
    powf(x, y) => pow, powf;
    /// The angle of (`x`, `y`) from the x axis.
    atan2(y, x) => atan2, atan2;
    /// The length of (`x`, `y`).
    hypot(x, y) => hypot, hypot;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_functions_are_the_ones_named() {
        assert_eq!(exp2(3.0), 8.0);
        assert!((ln(std::f64::consts::E) - 1.0).abs() < 1e-15);
        assert_eq!(log2(1024.0), 10.0);
        assert!((atan2(1.0, 0.0) - std::f64::consts::FRAC_PI_2).abs() < 1e-15);
        assert!((atan2(0.0, -1.0) - std::f64::consts::PI).abs() < 1e-15);
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert!((powf(2.0, 0.5) - std::f64::consts::SQRT_2).abs() < 1e-15);
        assert!((sin(std::f64::consts::FRAC_PI_2) - 1.0).abs() < 1e-15);
        assert!((cos(std::f64::consts::PI) + 1.0).abs() < 1e-15);
        assert!((tan(std::f64::consts::FRAC_PI_4) - 1.0).abs() < 1e-15);
        assert!((asin(1.0) - std::f64::consts::FRAC_PI_2).abs() < 1e-15);
        assert!((atan(1.0) - std::f64::consts::FRAC_PI_4).abs() < 1e-15);
        assert!((exp(1.0) - std::f64::consts::E).abs() < 1e-15);
    }
}
