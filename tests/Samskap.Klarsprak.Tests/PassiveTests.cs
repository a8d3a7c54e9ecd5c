namespace Samskap.Klarsprak.Tests;

/// <summary>The passive heuristic on real-looking sentences: what it must find, and what it must leave alone.</summary>
public sealed class PassiveTests
{
    [Theory]
    [InlineData("Søknaden behandles fortløpende.", "behandles")]
    [InlineData("Det må søkes innen 1. mars.", "må søkes")]
    [InlineData("Skjemaet skal sendes til kommunen.", "skal sendes")]
    [InlineData("Søknaden vil bli vurdert av en komité.", "vil bli vurdert")]
    [InlineData("Saken blir behandlet i neste møte.", "blir behandlet")]
    [InlineData("Brevet ble sendt i går.", "ble sendt")]
    [InlineData("Arbeidet er blitt gjort grundig.", "er blitt gjort")]
    [InlineData("Rapporten har blitt publisert på nettsiden.", "har blitt publisert")]
    [InlineData("Møtet ble avlyst på grunn av sykdom.", "ble avlyst")]
    [InlineData("Det gis tilskudd til lag og foreninger.", "gis")]
    [InlineData("Tilbudet kan ikke kombineres med andre rabatter.", "kan ikke kombineres")]
    [InlineData("Skjemaet må fylles ut av en foresatt.", "må fylles")]
    [InlineData("Kurset blir gjennomført i høst.", "blir gjennomført")]
    [InlineData("Resultatene ble presentert for styret.", "ble presentert")]
    [InlineData("Dokumentet bør leses før møtet.", "bør leses")]
    [InlineData("Det blir ikke gitt refusjon.", "blir ikke gitt")]
    [InlineData("Kan søknaden sendes elektronisk?", "sendes")]
    [InlineData("Alle deltakere blir registrert ved oppmøte.", "blir registrert")]
    [InlineData("Tilbudet kan nås på telefon hele dagen.", "kan nås")]
    [InlineData("Stien kan gås på to timer.", "kan gås")]
    [InlineData("Det bes om svar innen fredag.", "bes")]
    public void Finds_passive_in_bokmal(string text, string expected) =>
        Assert.Equal([expected], Texts.Bokmal(text).Spans(text, RuleIds.Passive));

    [Theory]
    [InlineData("Vi bor i et hus ved sjøen.")]
    [InlineData("Bussen går hvert tiende minutt.")]
    [InlineData("Kurset koster ingenting, og prosessen er enkel.")]
    [InlineData("Kommunens tilbud er gratis for alle.")]
    [InlineData("Norges befolkning blir eldre.")]
    [InlineData("Barnas helse er viktig for oss.")]
    [InlineData("Vi møtes på biblioteket kl. 18.")]
    [InlineData("Det blir kaldt i morgen, så ta med varme klær.")]
    [InlineData("Hvordan blir møtet?")]
    [InlineData("Det blir fortsatt mulig å melde seg på.")]
    [InlineData("Kan hennes sønn delta på kurset?")]
    [InlineData("Du kan få tips om kurs og aktiviteter her.")]
    [InlineData("Vi trenger flere frivillige mens skolen er stengt.")]
    [InlineData("Det blir konsert i parken på lørdag.")]
    [InlineData("Ifølge planen blir det bedre tilbud for eldre.")]
    [InlineData("Skal deltakernes pårørende også være med?")]
    [InlineData("Barnehagen blir ferdig i august.")]
    [InlineData("Adressen står på baksiden av brevet, og interessen var stor.")]
    [InlineData("Vi ses på torsdag, og da blir det kaffe.")]
    [InlineData("Vil Agnes være med på tur?")]
    public void Leaves_bokmal_without_passive_alone(string text) =>
        Assert.Empty(Texts.Bokmal(text).Spans(text, RuleIds.Passive));

    [Theory]
    [InlineData("Søknaden vert handsama fortløpande.", "vert handsama")]
    [InlineData("Brevet vart sendt i går.", "vart sendt")]
    [InlineData("Skjemaet må sendast til kommunen.", "må sendast")]
    [InlineData("Saka skal handsamast i neste møte.", "skal handsamast")]
    [InlineData("Rapporten har vorte publisert på nettsida.", "har vorte publisert")]
    [InlineData("Møtet vart avlyst på grunn av sjukdom.", "vart avlyst")]
    [InlineData("Tilbodet kan ikkje kombinerast med andre rabattar.", "kan ikkje kombinerast")]
    [InlineData("Det vert ikkje gjeve refusjon.", "vert ikkje gjeve")]
    [InlineData("Kurset vert gjennomført til hausten.", "vert gjennomført")]
    [InlineData("Alle deltakarar vert registrerte ved oppmøte.", "vert registrerte")]
    [InlineData("Søknadene handsamast fortløpande.", "handsamast")]
    [InlineData("Arbeidet vart gjort grundig.", "vart gjort")]
    [InlineData("Dokumentet bør lesast før møtet.", "bør lesast")]
    [InlineData("Planen vart vedteken i kommunestyret.", "vart vedteken")]
    [InlineData("Vi vart inviterte til møtet.", "vart inviterte")]
    [InlineData("Dei vil bli kontakta av oss.", "vil bli kontakta")]
    [InlineData("Kan søknaden sendast elektronisk?", "sendast")]
    [InlineData("Saka blir handsama no.", "blir handsama")]
    public void Finds_passive_in_nynorsk(string text, string expected) =>
        Assert.Equal([expected], Texts.Nynorsk(text).Spans(text, RuleIds.Passive));

    [Theory]
    [InlineData("Vi bur i eit hus ved sjøen.")]
    [InlineData("Bussen går kvart tiande minutt.")]
    [InlineData("Kommunen sitt tilbod er gratis for alle.")]
    [InlineData("Noregs befolkning vert eldre.")]
    [InlineData("Borna si helse er viktig for oss.")]
    [InlineData("Vi møtest på biblioteket klokka 18.")]
    [InlineData("Det vert kaldt i morgon, så ta med varme klede.")]
    [InlineData("Korleis vart samlinga?")]
    [InlineData("Det vert framleis mogleg å melde seg på.")]
    [InlineData("Du kan få tips om kurs og aktivitetar her.")]
    [InlineData("Vi treng fleire frivillige medan skulen er stengd.")]
    [InlineData("Det vert konsert i parken på laurdag.")]
    [InlineData("Barnehagen vert ferdig i august.")]
    [InlineData("Han vart heima i helga.")]
    [InlineData("Søknadsfristen er seinast 1. mars, og det beste er å søkje tidleg.")]
    [InlineData("Ho kan vanlegvis svare raskt.")]
    [InlineData("Kva vert klokka når vi er ferdige?")]
    [InlineData("Du må seinast møte klokka åtte.")]
    [InlineData("Vi vert verande heile helga.")]
    public void Leaves_nynorsk_without_passive_alone(string text) =>
        Assert.Empty(Texts.Nynorsk(text).Spans(text, RuleIds.Passive));

    [Fact]
    public void A_name_after_a_modal_is_not_a_passive() =>
        Assert.Empty(Texts.Bokmal("Da kan Jonas komme.").Findings);

    [Fact]
    public void Punctuation_breaks_the_verb_phrase()
    {
        const string text = "Saken blir, som kjent, behandlet i mai.";

        Assert.Empty(Texts.Bokmal(text).Spans(text, RuleIds.Passive));
    }
}
