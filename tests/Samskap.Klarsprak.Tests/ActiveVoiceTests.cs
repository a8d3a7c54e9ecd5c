namespace Samskap.Klarsprak.Tests;

/// <summary>The active form the analyser suggests for a passive, and when it keeps to the general advice instead.</summary>
public sealed class ActiveVoiceTests
{
    /// <summary>The passive phrase the analyser found in the text, and its suggestion.</summary>
    private static (string Span, string? Suggestion) Passive(string text, string standard)
    {
        var finding = Assert.Single(Texts.Analyze(text, standard).Findings, f => f.Rule == RuleIds.Passive);
        return (text.Substring(finding.Start, finding.Length), finding.Suggestion);
    }

    [Theory]
    [InlineData("Søknaden blir behandlet i mai.", "blir behandlet", "vi behandler")]
    [InlineData("Saken ble behandlet i mai.", "ble behandlet", "vi behandlet")]
    [InlineData("Døren blir åpnet klokka ni.", "blir åpnet", "vi åpner")]
    [InlineData("Alle blir kontaktet innen fredag.", "blir kontaktet", "vi kontakter")]
    public void A_participle_in_et_is_a_verb_like_kaste(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Søknaden blir vurdert av en komité.", "blir vurdert", "vi vurderer")]
    [InlineData("Resultatene ble presentert for styret.", "ble presentert", "vi presenterte")]
    [InlineData("Alle deltakere blir registrert ved oppmøte.", "blir registrert", "vi registrerer")]
    public void A_participle_in_ert_is_an_ere_verb(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Brevet blir sendt i dag.", "blir sendt", "vi sender")]
    [InlineData("Brevet ble sendt i går.", "ble sendt", "vi sendte")]
    [InlineData("Skjemaet ble fylt ut av en forelder.", "ble fylt", "vi fylte")]
    [InlineData("Møtet ble avlyst på grunn av sykdom.", "ble avlyst", "vi avlyste")]
    [InlineData("Kurset blir gjennomført i høst.", "blir gjennomført", "vi gjennomfører")]
    [InlineData("Beløpet blir betalt ut i mars.", "blir betalt", "vi betaler")]
    [InlineData("Søknaden ble godkjent i går.", "ble godkjent", "vi godkjente")]
    public void A_participle_in_t_is_a_verb_like_kjope_when_its_infinitive_is_known(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Ordningen ble prøvd ut i fjor.", "ble prøvd", "vi prøvde")]
    [InlineData("Huset blir bygd i år.", "blir bygd", "vi bygger")]
    [InlineData("Huset ble bygd i fjor.", "ble bygd", "vi bygde")]
    [InlineData("Målet blir nådd i år.", "blir nådd", "vi når")]
    [InlineData("Målet ble nådd i fjor.", "ble nådd", "vi nådde")]
    [InlineData("Målet ble oppnådd i fjor.", "ble oppnådd", "vi oppnådde")]
    public void Participles_in_d_and_dd_are_verbs_like_prove_and_naa(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Det blir gitt tilskudd.", "blir gitt", "vi gir")]
    [InlineData("Det ble gitt tilskudd.", "ble gitt", "vi ga")]
    [InlineData("Beslutningen blir tatt i mai.", "blir tatt", "vi tar")]
    [InlineData("Rapporten blir skrevet i høst.", "blir skrevet", "vi skriver")]
    [InlineData("Rapporten ble skrevet i høst.", "ble skrevet", "vi skrev")]
    [InlineData("Alle blir bedt om å svare.", "blir bedt", "vi ber")]
    [InlineData("Arbeidet blir gjort grundig.", "blir gjort", "vi gjør")]
    [InlineData("Arbeidet ble gjort grundig.", "ble gjort", "vi gjorde")]
    [InlineData("Løsningen blir funnet sammen.", "blir funnet", "vi finner")]
    [InlineData("Saken blir lagt fram i mai.", "blir lagt", "vi legger")]
    [InlineData("Møtet ble satt til mandag.", "ble satt", "vi satte")]
    [InlineData("Saken ble sett på av alle.", "ble sett", "vi så")]
    [InlineData("Planen ble vedtatt i kommunestyret.", "ble vedtatt", "vi vedtok")]
    [InlineData("Planen blir vedtatt i kommunestyret.", "blir vedtatt", "vi vedtar")]
    [InlineData("Arbeidet blir planlagt i år.", "blir planlagt", "vi planlegger")]
    [InlineData("Tiltaket blir beskrevet i planen.", "blir beskrevet", "vi beskriver")]
    [InlineData("Alle ble spurt om det.", "ble spurt", "vi spurte")]
    [InlineData("Saken ble avgjort i går.", "ble avgjort", "vi avgjorde")]
    public void Strong_and_irregular_verbs_and_their_compounds_come_from_the_table(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Søknaden behandles fortløpende.", "behandles", "vi behandler")]
    [InlineData("Skjemaet sendes til kommunen.", "sendes", "vi sender")]
    [InlineData("Det gis tilskudd til lag og foreninger.", "gis", "vi gir")]
    [InlineData("Det bes om svar innen fredag.", "bes", "vi ber")]
    [InlineData("Saken avgjøres i mai.", "avgjøres", "vi avgjør")]
    [InlineData("Det tas betalt for kurset.", "tas", "vi tar")]
    public void An_s_passive_in_the_present_becomes_the_present(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Skjemaet skal sendes til kommunen.", "skal sendes", "vi skal sende")]
    [InlineData("Tilbudet kan ikke kombineres med andre rabatter.", "kan ikke kombineres", "vi kan ikke kombinere")]
    [InlineData("Tilbudet kan nås på telefon.", "kan nås", "vi kan nå")]
    [InlineData("Søknaden vil bli vurdert av en komité.", "vil bli vurdert", "vi vil vurdere")]
    [InlineData("Saken skal også bli behandlet.", "skal også bli behandlet", "vi skal også behandle")]
    [InlineData("Planen må bli vedtatt i år.", "må bli vedtatt", "vi må vedta")]
    public void After_a_modal_the_verb_is_the_infinitive(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Arbeidet er blitt gjort grundig.", "er blitt gjort", "vi har gjort")]
    [InlineData("Rapporten har blitt publisert på nettsiden.", "har blitt publisert", "vi har publisert")]
    [InlineData("Saken var blitt behandlet før møtet.", "var blitt behandlet", "vi hadde behandlet")]
    [InlineData("Brevet har blitt sendt ut.", "har blitt sendt", "vi har sendt")]
    public void A_perfect_becomes_har_or_hadde_with_the_participle(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Det blir ikke gitt refusjon.", "blir ikke gitt", "vi gir ikke")]
    [InlineData("Brevet ble dessverre sendt for sent.", "ble dessverre sendt", "vi sendte dessverre")]
    public void Adverbs_inside_the_phrase_follow_the_verb(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Skal sendes innen fredag.", "Skal sendes", "Vi skal sende")]
    [InlineData("Behandles fortløpende.", "Behandles", "Vi behandler")]
    [InlineData("Blir sendt i posten.", "Blir sendt", "Vi sender")]
    [InlineData("Ble gitt i fjor.", "Ble gitt", "Vi ga")]
    public void The_suggestion_starts_with_a_capital_when_the_passive_does(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nb"));

    [Theory]
    [InlineData("Kan det søkes om støtte?", "Kan det søkes")]
    [InlineData("Blir det gitt refusjon?", "Blir det gitt")]
    [InlineData("Kan han bli kontaktet?", "Kan han bli kontaktet")]
    public void A_passive_with_a_pronoun_inside_the_phrase_gets_no_active_form(string text, string span) =>
        Assert.Equal((span, (string?)null), Passive(text, "nb"));

    [Fact]
    public void A_pronoun_before_the_phrase_is_not_part_of_it() =>
        Assert.Equal(("må søkes", "vi må søke"), Passive("Det må søkes innen 1. mars.", "nb"));

    [Theory]
    [InlineData("Det har nettopp blitt sendt.", "blitt sendt")]
    [InlineData("Saken er ikke blitt behandlet.", "blitt behandlet")]
    [InlineData("Det kan ha blitt sendt.", "ha blitt sendt")]
    [InlineData("Vi håper å bli kontaktet.", "bli kontaktet")]
    public void An_auxiliary_without_a_tense_of_its_own_gets_no_active_form(string text, string span) =>
        Assert.Equal((span, (string?)null), Passive(text, "nb"));

    [Theory]
    [InlineData("Saken blir sms-varslet.", "blir sms-varslet")]
    [InlineData("Saken blir be\u00ADhandlet.", "blir be\u00ADhandlet")]
    public void A_verb_with_anything_but_letters_gets_no_active_form(string text, string span) =>
        Assert.Equal((span, (string?)null), Passive(text, "nb"));

    [Theory]
    [InlineData("Søknaden vert handsama fortløpande.", "vert handsama", "vi handsamar")]
    [InlineData("Søknaden vart handsama i går.", "vart handsama", "vi handsama")]
    [InlineData("Dei vil bli kontakta av oss.", "vil bli kontakta", "vi vil kontakte")]
    [InlineData("Saka blir handsama no.", "blir handsama", "vi handsamar")]
    public void A_nynorsk_participle_in_a_is_an_a_verb(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nn"));

    [Theory]
    [InlineData("Søknaden vert vurdert av ein komité.", "vert vurdert", "vi vurderer")]
    [InlineData("Alle deltakarar vert registrerte ved oppmøte.", "vert registrerte", "vi registrerer")]
    [InlineData("Vi vart inviterte til møtet.", "vart inviterte", "vi inviterte")]
    public void A_nynorsk_participle_in_ert_or_erte_is_an_ere_verb(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nn"));

    [Theory]
    [InlineData("Brevet vert sendt i dag.", "vert sendt", "vi sender")]
    [InlineData("Brevet vart sendt i går.", "vart sendt", "vi sende")]
    [InlineData("Det vert ikkje gjeve refusjon.", "vert ikkje gjeve", "vi gjev ikkje")]
    [InlineData("Planen vart vedteken i kommunestyret.", "vart vedteken", "vi vedtok")]
    [InlineData("Arbeidet vart gjort grundig.", "vart gjort", "vi gjorde")]
    [InlineData("Kurset vert gjennomført til hausten.", "vert gjennomført", "vi gjennomfører")]
    [InlineData("Møtet vart avlyst på grunn av sjukdom.", "vart avlyst", "vi avlyste")]
    [InlineData("Rommet vert brukt til møte.", "vert brukt", "vi brukar")]
    [InlineData("Møtet vart fastsett til måndag.", "vart fastsett", "vi fastsette")]
    public void Other_nynorsk_verbs_come_from_the_table(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nn"));

    [Theory]
    [InlineData("Søknadene handsamast fortløpande.", "handsamast", "vi handsamar")]
    [InlineData("Skjemaet må sendast til kommunen.", "må sendast", "vi må sende")]
    [InlineData("Saka skal handsamast i neste møte.", "skal handsamast", "vi skal handsame")]
    [InlineData("Tilbodet kan ikkje kombinerast med andre rabattar.", "kan ikkje kombinerast", "vi kan ikkje kombinere")]
    [InlineData("Dokumentet bør lesast før møtet.", "bør lesast", "vi bør lese")]
    [InlineData("Avgjerda må takast i dag.", "må takast", "vi må ta")]
    [InlineData("Kontoret kan nåast på telefon.", "kan nåast", "vi kan nå")]
    [InlineData("Rapporten har vorte publisert på nettsida.", "har vorte publisert", "vi har publisert")]
    public void Nynorsk_s_passives_and_perfects_follow_the_same_rules(string text, string span, string suggestion) =>
        Assert.Equal((span, suggestion), Passive(text, "nn"));

    [Theory]
    [InlineData("Huset vart solgt i fjor.", "vart solgt")]
    [InlineData("Saka vart sett på av alle.", "vart sett")]
    [InlineData("Lokalet leigast ut til lag.", "leigast")]
    public void A_nynorsk_verb_the_table_does_not_settle_gets_no_active_form(string text, string span) =>
        Assert.Equal((span, (string?)null), Passive(text, "nn"));
}
