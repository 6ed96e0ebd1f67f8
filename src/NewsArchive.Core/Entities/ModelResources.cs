namespace NewsArchive.Core.Entities;

/// <summary>The trained model and gazetteer files embedded in NewsArchive.Core (see Entities/Resources/ATTRIBUTION.md).</summary>
internal static class ModelResources
{
    private const string Prefix = "NewsArchive.Entities.";

    public static Stream? Open(string fileName) =>
        typeof(ModelResources).Assembly.GetManifestResourceStream(Prefix + fileName);

    /// <summary>Opens files from a folder (as <c>train-ner --out</c> writes them), falling back to the embedded ones.</summary>
    public static Func<string, Stream?> FromDirectory(string dir) => name =>
    {
        var path = Path.Combine(dir, name);
        return File.Exists(path) ? File.OpenRead(path) : Open(name);
    };
}
