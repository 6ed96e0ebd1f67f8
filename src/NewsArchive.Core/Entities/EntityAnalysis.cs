using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Entities;

/// <summary>A name found in one of the analysed texts, and the person or place it was resolved to.</summary>
public sealed record ResolvedSpan(int TextIndex, EntitySpan Span, EntityMention Entity);

/// <summary>The people and places of a document, and every span that names one of them.</summary>
public sealed record EntityAnalysis(IReadOnlyList<ResolvedSpan> Spans, IReadOnlyList<EntityMention> Persons, IReadOnlyList<EntityMention> Places);
