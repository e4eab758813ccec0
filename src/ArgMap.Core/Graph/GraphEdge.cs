using QuikGraph;

namespace ArgMap.Core.Graph;

/// <summary>An edge of the argument graph; its role says how it connects a node and a relation vertex.</summary>
public sealed record GraphEdge(GraphVertex Source, GraphVertex Target, GraphEdgeRole Role) : IEdge<GraphVertex>;
