//! QR codes drawn on the server as SVG: sharp at any print size, no image in the browser.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG QR code for `url`, at least `size` pixels square, with its quiet zone. Error
/// correction level M: a poster survives some dirt and a crease. `None` only if the address is
/// too long for any QR code, which the portal's short addresses never are.
pub fn svg(url: &str, size: u32) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // The XML declaration does not belong inside an HTML page.
    image.find("<svg").map(|start| image[start..].to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_short_address_becomes_an_svg_drawing() {
        let image = super::svg("https://dialog.example.se/d/K7M2Q/fi", 160).expect("fits");
        assert!(image.starts_with("<svg"));
        assert!(image.contains("viewBox"));
    }
}
