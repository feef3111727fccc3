namespace SiteGen.Diagnostics;

/// <summary>Stable diagnostic codes, grouped by stage: SG1xxx content, SG2xxx rendering, SG3xxx ingest, SG4xxx check, SG5xxx CLI and output.</summary>
public static class DiagnosticCodes
{
    // Content loading
    public const string YamlSyntax = "SG1001";
    public const string MissingFrontMatter = "SG1002";
    public const string UnclosedFrontMatter = "SG1003";
    public const string MissingField = "SG1101";
    public const string WrongType = "SG1102";
    public const string BadDate = "SG1103";
    public const string BadValue = "SG1104";
    public const string UnknownField = "SG1105";
    public const string BadSlug = "SG1106";
    public const string DuplicateSlug = "SG1201";
    public const string MissingReference = "SG1202";
    public const string MissingParagraph = "SG1203";
    public const string UnreadableFile = "SG1301";

    // Rendering
    public const string TemplateSyntax = "SG2001";
    public const string TemplateRuntime = "SG2002";
    public const string MissingTemplate = "SG2003";

    // Ingest
    public const string SeedUnreadable = "SG3001";
    public const string SeedNotUtf8 = "SG3002";
    public const string SeedEmpty = "SG3003";
    public const string SeedBinary = "SG3004";
    public const string SeedTooLarge = "SG3005";
    public const string SeedNoSentences = "SG3006";

    // Check
    public const string BrokenLink = "SG4001";
    public const string BrokenAnchor = "SG4002";
    public const string OrphanPage = "SG4003";
    public const string PersonWithoutMentions = "SG4004";
    public const string QuoteNotInParagraph = "SG4005";
    public const string EventsOutOfOrder = "SG4006";
    public const string MissingImage = "SG4007";

    // CLI and output
    public const string UnsafeOutputFolder = "SG5001";
    public const string ForeignOutputFolder = "SG5002";
    public const string SiteInUse = "SG5003";
}
