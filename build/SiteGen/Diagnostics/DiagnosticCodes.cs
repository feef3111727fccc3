namespace SiteGen.Diagnostics;

/// <summary>Stable diagnostic codes, grouped by stage: SG1xxx content, SG2xxx rendering, SG3xxx ingest, SG4xxx check, SG5xxx CLI and output, SG9xxx SiteGen's own failures.</summary>
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
    public const string ReservedSlug = "SG1107";
    public const string FileNotPublished = "SG1108";
    public const string DuplicateSlug = "SG1201";
    public const string MissingReference = "SG1202";
    public const string MissingParagraph = "SG1203";
    public const string SlugTakenByGeneratedPage = "SG1204";
    public const string QuoteNotInItsParagraph = "SG1205";
    public const string UnreadableFile = "SG1301";
    public const string YamlTooDeep = "SG1302";
    public const string FileTooLarge = "SG1303";
    public const string NotARegularFile = "SG1304";
    public const string LinkLeavesSite = "SG1305";
    public const string Utf16File = "SG1306";
    public const string OriginalUrlNotWebAddress = "SG1601";

    // Reader-facing strings (templates/i18n/)
    public const string NoStringsForLanguage = "SG1701";
    public const string MissingString = "SG1702";
    public const string StringWrongType = "SG1703";
    public const string UnknownString = "SG1704";

    // Content bodies
    public const string MarkdownTooDeep = "SG1401";
    public const string UnsafeLink = "SG1402";

    // Rendering
    public const string TemplateSyntax = "SG2001";
    public const string TemplateRuntime = "SG2002";
    public const string MissingTemplate = "SG2003";
    public const string RenderTimeout = "SG2004";

    // Ingest
    public const string SeedUnreadable = "SG3001";
    public const string SeedNotUtf8 = "SG3002";
    public const string SeedEmpty = "SG3003";
    public const string SeedBinary = "SG3004";
    public const string SeedTooLarge = "SG3005";
    public const string SeedNoSentences = "SG3006";
    public const string SeedArticleTooLarge = "SG3007";
    public const string SeedUtf16 = "SG3010";
    public const string SeedHeaderValue = "SG3011";
    public const string IngestStateUnreadable = "SG3020";
    public const string NothingToRestore = "SG3021";

    // Check
    public const string BrokenLink = "SG4001";
    public const string BrokenAnchor = "SG4002";
    public const string OrphanPage = "SG4003";
    public const string PersonWithoutMentions = "SG4004";
    // SG4005 (a quote not in its paragraph) is now the loader's SG1205, so build fails on it too.
    public const string EventsOutOfOrder = "SG4006";
    public const string MissingImage = "SG4007";
    public const string AwaitingReview = "SG4010";

    // CLI and output
    public const string UnsafeOutputFolder = "SG5001";
    public const string ForeignOutputFolder = "SG5002";
    public const string SiteInUse = "SG5003";
    public const string PermissionDenied = "SG5004";
    public const string DiskFull = "SG5005";
    public const string ReadOnlyFileSystem = "SG5006";
    public const string FileSystemFailure = "SG5007";
    public const string BuildStateIgnored = "SG5008";
    public const string NoSiteHere = "SG5601";
    public const string InitTargetHoldsSite = "SG5602";
    public const string InitCannotWrite = "SG5603";
    public const string BadBaseUrlFlag = "SG5611";
    public const string ContentChangedDuringBuild = "SG5850";
    public const string ShareCardsUnavailable = "SG5901";

    // Images in content/ and the pages that show them
    public const string ImageNotFound = "SG5801";
    public const string ImageUnreadable = "SG5802";
    public const string NotAnImage = "SG5803";
    public const string ImageWithoutAlt = "SG5804";
    public const string ImageNotShownInSocialCards = "SG5805";
    public const string ImageWithoutSize = "SG5806";

    // SiteGen itself: a bug, never the input's fault
    public const string InternalError = "SG9001";
}
