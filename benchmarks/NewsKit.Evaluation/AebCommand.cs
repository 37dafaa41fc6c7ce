namespace NewsKit.Evaluation;

/// <summary>Body-text scoring with the article-extraction benchmark's metric.</summary>
internal static class AebCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("aeb: not written yet");
        _ = args;
        return 2;
    }
}
