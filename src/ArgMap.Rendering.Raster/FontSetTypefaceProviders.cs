using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace ArgMap.Rendering.Raster;

/// <summary>
/// For SVG that Svg.Skia draws (anything outside ArgMap's own subset, see <c>Subset/SvgSubsetRecorder</c>):
/// answers every font-family request with Liberation Sans in the requested weight and slant. Svg.Skia passes the
/// whole family list ("Arial, 'Liberation Sans', Helvetica, sans-serif"), a generic family, or "Default" when none
/// is given; all map to the one face ArgMap's text metrics are for.
/// </summary>
internal sealed class PrimaryTypefaceProvider(FontSet fonts) : ITypefaceProvider
{
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
        SKFontStyleSlant fontStyle) => fonts.Primary(fontWeight, fontStyle);
}

/// <summary>
/// Second in line for Svg.Skia, so that DejaVu Sans rather than the platform font manager would be asked for
/// characters Liberation Sans lacks. Svg.Skia 5.2.3 does not fall back per character, though: such characters
/// come out as boxes on that path. ArgMap's own SVG does not take it (<c>Text/TextFonts</c> falls back itself).
/// </summary>
internal sealed class FallbackTypefaceProvider(FontSet fonts) : ITypefaceProvider
{
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
        SKFontStyleSlant fontStyle) => fonts.FallbackFor(fontWeight);
}
