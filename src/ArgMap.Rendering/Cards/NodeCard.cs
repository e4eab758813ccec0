using ArgMap.Core.Graph;
using ArgMap.Core.Model;

namespace ArgMap.Rendering.Cards;

/// <summary>
/// A node's box before it is placed: its size and its lines of text. <see cref="FullText"/> is everything the card
/// may have shortened (the whole quote, the full citation), for the tooltip and for screen readers.
/// </summary>
public sealed record NodeCard(
    ArgumentNode Node,
    Side Side,
    double Width,
    double Height,
    IReadOnlyList<CardLine> Lines,
    string FullText,
    ArgMap.Reasoning.Label? Status = null);
