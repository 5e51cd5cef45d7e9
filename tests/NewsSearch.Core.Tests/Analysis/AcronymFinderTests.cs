using NewsSearch.Analysis.Acronyms;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class AcronymFinderTests
{
    [Theory]
    [InlineData("selon l'Autorité de sûreté nucléaire (ASN), l'incident", "ASN", "autorité de sûreté nucléaire")]
    [InlineData("La Haute autorité pour la transparence de la vie publique (HATVP) a publié", "HATVP", "haute autorité pour la transparence de la vie publique")]
    [InlineData("le directeur général de l'Organisation mondiale de la santé (OMS) a dit", "OMS", "organisation mondiale de la santé")]
    [InlineData("un député de La France insoumise (LFI) a dénoncé", "LFI", "la france insoumise")]
    [InlineData("le maire Les Républicains (LR) de la ville", "LR", "les républicains")]
    [InlineData("la Société nationale des chemins de fer français (SNCF) annonce", "SNCF", "société nationale des chemins de fer français")]
    [InlineData("la Direction générale des finances publiques (DGFiP) a reçu", "DGFiP", "direction générale des finances publiques")]
    [InlineData("le Journal du dimanche (JDD) révèle", "JDD", "journal du dimanche")]
    [InlineData("a indiqué la préfecture à l'Agence France-Presse (AFP), précisant", "AFP", "agence france-presse")]
    public void An_acronym_in_parentheses_is_matched_to_the_words_before_it(string text, string acronym, string expansion)
    {
        Assert.Equal([new AcronymDefinition(acronym, expansion)], AcronymFinder.In(text));
    }

    [Theory]
    [InlineData("Les bénéficiaires du RSA (revenu de solidarité active) devront", "RSA", "revenu de solidarité active")]
    [InlineData("la PMA (procréation médicalement assistée) pour toutes", "PMA", "procréation médicalement assistée")]
    [InlineData("réclament le RIC (le référendum d'initiative citoyenne)", "RIC", "référendum d'initiative citoyenne")]
    public void An_expansion_in_parentheses_is_matched_to_the_acronym_before_it(string text, string acronym, string expansion)
    {
        Assert.Equal([new AcronymDefinition(acronym, expansion)], AcronymFinder.In(text));
    }

    [Theory]
    [InlineData("a déclaré Laurent Wauquiez (LR) dimanche")]
    [InlineData("a réagi Marine Le Pen (RN) sur Twitter")]
    [InlineData("un homme de 35 ans (Nord) a été interpellé")]
    [InlineData("la ville de Lille (NORD) a voté")]
    [InlineData("le film (VIDÉO) montre")]
    [InlineData("un texte (sans acronyme) entre parenthèses")]
    [InlineData("(ONU)")]
    [InlineData("unclosed (OMS")]
    public void Names_with_their_party_and_other_parentheses_define_nothing(string text)
    {
        Assert.Empty(AcronymFinder.In(text));
    }

    [Fact]
    public void A_pair_defined_twice_in_a_text_is_found_once_and_the_clause_is_not_crossed()
    {
        var text = "L'Office national des forêts (ONF) gère. Selon l'Office national des forêts (ONF), la forêt brûle. C'était un Nouvel An. Ensuite (NA) rien.";

        Assert.Equal([new AcronymDefinition("ONF", "office national des forêts")], AcronymFinder.In(text));
    }
}
