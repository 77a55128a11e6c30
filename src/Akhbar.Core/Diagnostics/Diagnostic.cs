namespace Akhbar.Core.Diagnostics;

/// <summary>Something worth telling the user about one article that did not stop its analysis.</summary>
public sealed record Diagnostic(string Code, string Message);
