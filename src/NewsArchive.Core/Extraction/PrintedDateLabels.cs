using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// The words that say what a printed date is, one set for HTML pages and text dumps: "Published", "Posted",
/// "Veröffentlicht" mark the publication; "Updated", "Modified", "Aktualisiert" an update; "Date:", "Datum:" a date
/// of either kind. Kept apart from the parsing so the helper that tunes parsing speed and this list do not collide.
/// </summary>
public static partial class PrintedDates
{
    /// <summary>The first word that labels a date as the publication's ("Published", "Posted on", "Erstellt am").</summary>
    public static Match PublishedWord(string text) => PublishedWordPattern().Match(text);

    /// <summary>The first word that labels a date as an update ("Updated", "Last modified", "Mis à jour").</summary>
    public static Match UpdatedWord(string text) => UpdatedWordPattern().Match(text);

    /// <summary>True when the text opens with a publication label ("Published: ...", "Written by ... on ...").</summary>
    public static bool OpensWithPublishedWord(string text) => OpeningPublishedWord().IsMatch(text);

    /// <summary>True when the text opens with a label of a date: a publication label or a plain "Date:", "Datum:".</summary>
    public static bool OpensWithDateLabel(string text) => OpeningDateLabel().IsMatch(text);

    /// <summary>
    /// True when a publication label or a plain date label stands anywhere in the text: "Publié le 3 mai",
    /// "Story by Jane | Date 19.01.2020". For short date blocks, where the label cannot belong to anything else.
    /// </summary>
    public static bool HasDateLabel(string text) => AnyDateLabel().IsMatch(text);

    private const string PublishedWords = "published|first published|posted|created|written|publié|publiée|publicado|publicada|pubblicato|pubblicata|publiziert|veröffentlicht|erstellt|gepubliceerd|publicerad|publiceret|publisert";
    private const string DateWords = "date|dated|datum|fecha|data";
    private const string UpdatedWords = "updated?|modified|last modified|edited|aktualisiert|geändert|mis à jour|actualizado|actualizada|aggiornato|aggiornata|bijgewerkt|uppdaterad|opdateret|oppdatert";

    [GeneratedRegex(@"\b(?:" + PublishedWords + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedWordPattern();

    [GeneratedRegex(@"\b(?:" + UpdatedWords + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedWordPattern();

    [GeneratedRegex(@"^(?:" + PublishedWords + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPublishedWord();

    [GeneratedRegex(@"^(?:" + PublishedWords + "|" + DateWords + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningDateLabel();

    // French prints the publication as "le 3 mai": "le" before a day number labels it too.
    [GeneratedRegex(@"\b(?:" + PublishedWords + "|" + DateWords + @")\b|\ble \d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDateLabel();
}
