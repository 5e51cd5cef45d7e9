namespace NewsSearch.Analysis.Acronyms;

/// <summary>An acronym and the words it stands for, as an article defines them: "la procréation médicalement assistée
/// (PMA)", or the other way round, "le RSA (revenu de solidarité active)".</summary>
/// <param name="ShortForm">The acronym as written (<c>PMA</c>, <c>DGFiP</c>).</param>
/// <param name="LongForm">The words it stands for, lower-cased, accents kept, an elided article before them left out
/// (<c>procréation médicalement assistée</c>).</param>
public sealed record AcronymDefinition(string ShortForm, string LongForm);
