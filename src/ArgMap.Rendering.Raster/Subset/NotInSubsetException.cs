namespace ArgMap.Rendering.Raster.Subset;

/// <summary>
/// The SVG uses something <see cref="SvgSubsetRecorder"/> does not draw (an element, attribute or value outside
/// what ArgMap's SvgExporter writes). Never escapes the recorder: the export then goes through Svg.Skia.
/// </summary>
internal sealed class NotInSubsetException(string what) : Exception(what + " is outside the SVG subset drawn directly");
