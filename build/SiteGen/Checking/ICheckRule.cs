using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>One thing 'check' verifies; each rule is named as the sentence it enforces.</summary>
public interface ICheckRule
{
    void Check(CheckContext context, DiagnosticBag bag);
}
