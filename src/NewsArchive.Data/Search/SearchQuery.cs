using System.Globalization;
using System.Text;

namespace NewsArchive.Data.Search;

/// <summary>
/// Translates what a person types into a well-formed FTS5 query. Supported: words (all must match),
/// "phrases", prefixes (<c>Zelensk*</c>), AND, OR, NOT (upper case, as in FTS5), <c>-word</c>, parentheses.
/// AND binds tighter than OR, as in FTS5 and SQL. Every term is emitted as a quoted FTS5 string, so
/// FTS5 syntax in the input (<c>col:</c>, <c>NEAR(</c>, <c>^</c>, stray quotes) is only ever text.
/// Whatever cannot be parsed is dropped rather than reported: search must never fail on input.
/// </summary>
public sealed record SearchQuery(string? Fts, IReadOnlyList<SearchTerm> Terms)
{
    /// <summary>Every word of the input quoted and ANDed: the fallback when FTS5 rejects <see cref="Fts"/>.</summary>
    public string? PlainWords { get; init; }

    public static SearchQuery Parse(string? input)
    {
        var tokens = Tokenize(input ?? "");
        var parser = new Parser(tokens);
        var node = parser.ParseAll();
        var terms = new List<SearchTerm>();
        node?.CollectPositiveTerms(terms);
        var words = tokens.Where(t => t.Kind == TokenKind.Term).SelectMany(t => t.Term!.Words).Distinct().ToList();
        return new SearchQuery(node?.ToFts(), terms)
        {
            PlainWords = words.Count == 0 ? null : string.Join(" ", words.Select(Quote)),
        };
    }

    public const int MinPrefixLength = 2;

    internal static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private enum TokenKind { Term, And, Or, Not, Open, Close }

    private sealed record Token(TokenKind Kind, SearchTerm? Term = null, bool Negated = false);

    private static List<Token> Tokenize(string input)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new Token(TokenKind.Open)); i++; continue; }
            if (c == ')') { tokens.Add(new Token(TokenKind.Close)); i++; continue; }
            var negated = false;
            if (c == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]))
            {
                negated = true;
                i++;
                c = input[i];
            }
            if (c == '"')
            {
                var end = input.IndexOf('"', i + 1);
                if (end < 0) end = input.Length; // an unclosed phrase runs to the end
                var phrase = input[(i + 1)..end];
                i = Math.Min(end + 1, input.Length);
                var prefix = i < input.Length && input[i] == '*';
                if (prefix) i++;
                if (SearchTerm.Create(phrase, isPhrase: true, prefix) is { } term)
                    tokens.Add(new Token(TokenKind.Term, term, negated));
                continue;
            }
            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] is not ('"' or '(' or ')'))
                i++;
            var word = input[start..i];
            if (!negated && word is "AND" or "&&") { tokens.Add(new Token(TokenKind.And)); continue; }
            if (!negated && word is "OR" or "||" or "|") { tokens.Add(new Token(TokenKind.Or)); continue; }
            if (!negated && word is "NOT") { tokens.Add(new Token(TokenKind.Not)); continue; }
            // "a*" would expand to most of the vocabulary and take seconds; one letter is searched as a word.
            var isPrefix = word.EndsWith('*') && word.TrimEnd('*').Length >= MinPrefixLength;
            if (SearchTerm.Create(word.Replace("*", ""), isPhrase: false, isPrefix) is { } wordTerm)
                tokens.Add(new Token(TokenKind.Term, wordTerm, negated));
        }
        return tokens;
    }

    private abstract record Node
    {
        public abstract string? ToFts();
        public abstract void CollectPositiveTerms(List<SearchTerm> terms);
    }

    private sealed record TermNode(SearchTerm Term) : Node
    {
        public override string ToFts() => Quote(Term.Text) + (Term.IsPrefix ? "*" : "");
        public override void CollectPositiveTerms(List<SearchTerm> terms) => terms.Add(Term);
    }

    private sealed record AndNode(List<Node> Positives, List<Node> Negatives) : Node
    {
        public override string? ToFts()
        {
            var positives = Positives.Select(p => p.ToFts()).OfType<string>().ToList();
            // FTS5 has no "everything except": a query of only exclusions matches nothing, so drop it.
            if (positives.Count == 0)
                return null;
            var text = positives.Count == 1 ? positives[0] : "(" + string.Join(" AND ", positives) + ")";
            var negatives = Negatives.Select(n => n.ToFts()).OfType<string>().ToList();
            return negatives.Count == 0 ? text : "(" + text + string.Concat(negatives.Select(n => " NOT " + n)) + ")";
        }

        public override void CollectPositiveTerms(List<SearchTerm> terms)
        {
            foreach (var p in Positives)
                p.CollectPositiveTerms(terms);
        }
    }

    private sealed record OrNode(List<Node> Alternatives) : Node
    {
        public override string? ToFts()
        {
            var parts = Alternatives.Select(a => a.ToFts()).OfType<string>().ToList();
            return parts.Count switch { 0 => null, 1 => parts[0], _ => "(" + string.Join(" OR ", parts) + ")" };
        }

        public override void CollectPositiveTerms(List<SearchTerm> terms)
        {
            foreach (var a in Alternatives)
                a.CollectPositiveTerms(terms);
        }
    }

    /// <summary>Recursive descent; every loop consumes a token, so any input terminates.</summary>
    private sealed class Parser(List<Token> tokens)
    {
        private int _position;
        private Token? Peek => _position < tokens.Count ? tokens[_position] : null;

        public Node? ParseAll()
        {
            var parts = new List<Node>();
            while (Peek is not null)
            {
                if (ParseOr() is { } node)
                    parts.Add(node);
                if (Peek is { Kind: TokenKind.Close })
                    _position++; // a stray ")"
            }
            return parts.Count switch { 0 => null, 1 => parts[0], _ => new AndNode(parts, []) };
        }

        private Node? ParseOr()
        {
            var alternatives = new List<Node>();
            if (ParseAnd() is { } first)
                alternatives.Add(first);
            while (Peek is { Kind: TokenKind.Or })
            {
                _position++;
                if (ParseAnd() is { } next)
                    alternatives.Add(next);
            }
            return alternatives.Count switch { 0 => null, 1 => alternatives[0], _ => new OrNode(alternatives) };
        }

        private Node? ParseAnd()
        {
            var positives = new List<Node>();
            var negatives = new List<Node>();
            while (Peek is { } token && token.Kind is not (TokenKind.Or or TokenKind.Close))
            {
                if (token.Kind == TokenKind.And)
                {
                    _position++;
                    continue;
                }
                if (token.Kind == TokenKind.Not)
                {
                    _position++;
                    if (ParsePrimary() is { } excluded)
                        negatives.Add(excluded);
                    continue;
                }
                var negated = token is { Kind: TokenKind.Term, Negated: true };
                if (ParsePrimary() is { } node)
                    (negated ? negatives : positives).Add(node);
            }
            if (positives.Count == 0 && negatives.Count == 0)
                return null;
            return positives.Count == 1 && negatives.Count == 0 ? positives[0] : new AndNode(positives, negatives);
        }

        private Node? ParsePrimary()
        {
            var token = Peek;
            if (token is null)
                return null;
            _position++;
            switch (token.Kind)
            {
                case TokenKind.Term:
                    return new TermNode(token.Term!);
                case TokenKind.Open:
                    var inner = ParseOr();
                    if (Peek is { Kind: TokenKind.Close })
                        _position++;
                    return inner;
                default:
                    // An operator where a term should be ("AND OR", "NOT NOT"): skip it.
                    return null;
            }
        }
    }
}

/// <summary>One searched word or phrase, with its words folded the way the index folds them (for highlighting).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix, IReadOnlyList<string> Words)
{
    internal static SearchTerm? Create(string text, bool isPhrase, bool isPrefix)
    {
        var words = TextFolding.Words(text).ToList();
        if (words.Count == 0)
            return null;
        return new SearchTerm(text.Trim(), isPhrase, isPrefix, words);
    }
}

/// <summary>Folds text the way FTS5's unicode61 tokenizer with remove_diacritics does: lower case, no accents.</summary>
public static class TextFolding
{
    public static string Fold(string word)
    {
        // Most words are plain ASCII: skip the decomposition (snippets fold every word of 20 bodies).
        if (System.Text.Ascii.IsValid(word))
            return word.ToLowerInvariant();
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        return folded.ToString();
    }

    public static IEnumerable<string> Words(string text)
    {
        foreach (var (start, length) in WordSpans(text))
            yield return Fold(text.Substring(start, length));
    }

    /// <summary>Runs of letters and digits (what the index treats as tokens), as start and length.</summary>
    public static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            yield return (start, i - start);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
