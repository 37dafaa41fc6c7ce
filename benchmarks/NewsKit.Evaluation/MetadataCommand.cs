namespace NewsKit.Evaluation;

/// <summary>Metadata scoring against metadata.json.</summary>
internal static class MetadataCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("metadata: not written yet");
        _ = args;
        return 2;
    }
}
