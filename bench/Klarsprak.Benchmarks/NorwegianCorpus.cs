using System.Text;
using Samskap.Klarsprak;

namespace Klarsprak.Benchmarks;

/// <summary>
/// Benchmark text: paragraphs of public-health invitations, reports and notices, written for this
/// benchmark in bokmål and in nynorsk, with what the analyser looks for (stiff words, passive,
/// nominalisations, long sentences, e-mail addresses, phone numbers, a synthetic fødselsnummer,
/// abbreviations, clock times, headings and lists). <see cref="Build"/> repeats them in a
/// shuffled, seeded order, so that every run gets the same text.
/// </summary>
internal static class NorwegianCorpus
{
    private static readonly string[] Bokmal =
    [
        "Invitasjon til folkemøte om ny folkehelseplan\nKommunen inviterer alle innbyggere til folkemøte om ny folkehelseplan. Møtet avholdes tirsdag 14. april kl. 18.00 i kulturhuset. Planen er utarbeidet i samarbeid med frivillige lag og foreninger, og den skal vedtas av kommunestyret i juni.",
        "Dersom du ønsker å komme med innspill, kan du sende e-post til folkehelse@skien.kommune.no eller ringe 35 58 10 00. Påmelding er ikke nødvendig, men vi ber om at du gir beskjed hvis du trenger tilrettelegging. Det blir servert kaffe og enkel servering.",
        "Slik melder du deg på:\n- fyll ut skjemaet på nettsiden\n- send svar innen 1. mars\n- ta med legitimasjon, f.eks. bankkort eller pass\nVi bekrefter påmeldingen så snart som mulig.",
        "I henhold til vedtak i kommunestyret skal tilbudet evalueres etter to år. Evalueringen vil bli gjennomført av en ekstern aktør, og resultatene vil bli presentert for hovedutvalget for helse og omsorg.",
        "Vedrørende søknad om tilskudd: Søknaden behandles fortløpende, og svar sendes innen tre uker. Vi gjør oppmerksom på at ufullstendige søknader ikke vil bli behandlet.",
        "Hva er frisklivssentralen?\nFrisklivssentralen er et tilbud til deg som trenger hjelp til å endre levevaner. Du kan få veiledning om fysisk aktivitet, kosthold, søvn og snus- og røykeslutt. Tilbudet er gratis, og du trenger ikke henvisning fra lege.",
        "Gjennomføringen av kartleggingen krever involvering og koordinering av ledelsen i alle virksomheter. Med hensyn til personvern skal opplysninger om enkeltpersoner ikke registreres i rapporten.",
        "Barn og unge som bor i kommunen, skal ha like muligheter til å delta i fritidsaktiviteter uavhengig av foreldrenes økonomi, og kommunen vil derfor i samarbeid med idrettslag, kulturskolen, biblioteket og frivilligsentralen utvikle et tilbud som er tilgjengelig for alle, også i skoleferiene.",
        "Husk å ta med:\n- matpakke og drikke\n- klær etter vær\n- sitteunderlag o.l.\nTuren avsluttes ved gapahuken ca. kl. 14.30.",
        "Helsestasjonen holder åpent mandag til fredag kl. 08.00–15.30. Utenom åpningstiden kan du ringe legevakten på 116 117. Ved akutt sykdom ring 113.",
        "Undertegnede anmoder om at saken tas opp på neste møte. Det bes om at saksdokumentene oversendes senest en uke før møtet, jf. reglementet § 5.",
        "Rapporten viser at andelen som er fysisk aktive, har økt siden forrige undersøkelse. Blant ungdom oppgir likevel mange at de sover for lite, og at skjermbruken har blitt høyere.",
        "Oppgi ikke fødselsnummer i skjemaet. Dersom du ved en feil har skrevet et nummer som 01019012480 i fritekstfeltet, ber vi deg ta kontakt på telefon 412 34 567 slik at opplysningen kan slettes.",
        "Tiltaket ble iverksatt høsten 2025 og har så langt nådd over 300 deltakere. Erfaringene vil bli benyttet i det videre arbeidet med planen for inneværende år.",
        "Møteplassen for seniorer\nHver onsdag møtes vi på biblioteket til kaffe, avislesing og en prat. Alle er velkommen, og det er ikke nødvendig å melde seg på.",
        "På grunn av at lokalet skal pusses opp, blir kurset flyttet til rådhuset. Vi beklager ulempene dette medfører for deltakerne.",
        "Kommunen har ansvar for å fremme folkehelse, bl.a. gjennom planlegging, tjenester og samarbeid med frivillig sektor. Arbeidet skal bidra til gode levekår og mindre sosial ulikhet i helse.",
        "Spørsmål om tilbudet kan rettes til koordinator Kari Nordmann, e-post kari.nordmann@kommune.no, tlf. 922 33 444. Hun treffes best på formiddagen.",
        "Innledningsvis ble det redegjort for status i prosjektet. Deretter ble tiltakene drøftet, og det ble enighet om å prioritere arbeidet med trygge skoleveier.",
        "Les mer om tilbudet på kommunens nettside. Der finner du også informasjon om åpningstider, priser og hvordan du kommer deg dit med buss.",
        "Ta stilling til om dere ønsker å delta i prosjektet, og gi tilbakemelding innen utgangen av måneden. Tilsagn om tilskudd gis under forutsetning av at prosjektet gjennomføres som beskrevet i søknaden.",
        "Hvorfor samskaping?\nNoen utfordringer kan ikke løses av kommunen alene. Når innbyggere, frivillige og fagfolk jobber sammen fra start, blir tiltakene ofte bedre tilpasset dem de er til for.",
        "Vi ønsker å høre fra deg! Svar på undersøkelsen innen fredag, eller kom innom servicetorget mellom kl. 10 og 14.",
        "Forebyggingen av ensomhet blant eldre krever samordning av tjenestene, styrking av frivilligheten og utvikling av nye møteplasser i nærmiljøet.",
        "Alle som har deltatt i minst fem samlinger, vil motta kursbevis. Kursbeviset kan benyttes som dokumentasjon overfor arbeidsgiver.",
    ];

    private static readonly string[] Nynorsk =
    [
        "Invitasjon til folkemøte om ny folkehelseplan\nKommunen inviterer alle innbyggjarar til folkemøte om ny folkehelseplan. Møtet vert halde tysdag 14. april kl. 18.00 i kulturhuset. Planen er utarbeidd i samarbeid med frivillige lag og foreiningar, og han skal vedtakast av kommunestyret i juni.",
        "Dersom du ønskjer å kome med innspel, kan du sende e-post til folkehelse@voss.kommune.no eller ringje 56 51 94 00. Påmelding er ikkje naudsynt, men vi ber om at du gjev beskjed viss du treng tilrettelegging. Det vert servert kaffi og enkel servering.",
        "Slik melder du deg på:\n- fyll ut skjemaet på nettsida\n- send svar innan 1. mars\n- ta med legitimasjon, t.d. bankkort eller pass\nVi stadfestar påmeldinga så snart som råd.",
        "I samsvar med vedtak i kommunestyret skal tilbodet evaluerast etter to år. Evalueringa vil bli gjennomført av ein ekstern aktør, og resultata vil bli presenterte for hovudutvalet for helse og omsorg.",
        "Vedkomande søknad om tilskot: Søknadene handsamast fortløpande, og svar vert sendt innan tre veker. Vi gjer merksam på at ufullstendige søknader ikkje vil bli handsama.",
        "Kva er frisklivssentralen?\nFrisklivssentralen er eit tilbod til deg som treng hjelp til å endre levevanar. Du kan få rettleiing om fysisk aktivitet, kosthald, søvn og snus- og røykeslutt. Tilbodet er gratis, og du treng ikkje tilvising frå lege.",
        "Gjennomføringa av kartlegginga krev involvering og koordinering av leiinga i alle verksemder. Med omsyn til personvern skal opplysningar om enkeltpersonar ikkje registrerast i rapporten.",
        "Born og unge som bur i kommunen, skal ha like moglegheiter til å delta i fritidsaktivitetar uavhengig av økonomien til foreldra, og kommunen vil difor i samarbeid med idrettslag, kulturskulen, biblioteket og frivilligsentralen utvikle eit tilbod som er tilgjengeleg for alle, òg i skuleferiane.",
        "Hugs å ta med:\n- matpakke og drikke\n- klede etter vêret\n- sitjeunderlag o.l.\nTuren vert avslutta ved gapahuken ca. kl. 14.30.",
        "Helsestasjonen held ope måndag til fredag kl. 08.00–15.30. Utanom opningstida kan du ringje legevakta på 116 117. Ved akutt sjukdom ring 113.",
        "Undertekna ber om at saka vert teken opp på neste møte. Saksdokumenta må sendast seinast ei veke før møtet, jf. reglementet § 5.",
        "Rapporten viser at delen som er fysisk aktive, har auka sidan førre undersøking. Blant ungdom seier likevel mange at dei søv for lite, og at skjermbruken har vorte høgare.",
        "Oppgje ikkje fødselsnummer i skjemaet. Dersom du ved ein feil har skrive eit nummer som 01019012480 i fritekstfeltet, ber vi deg ta kontakt på telefon 412 34 567 slik at opplysninga kan slettast.",
        "Tiltaket vart sett i verk hausten 2025 og har så langt nådd over 300 deltakarar. Røynslene vil bli nytta i det vidare arbeidet med planen for inneverande år.",
        "Møteplassen for seniorar\nKvar onsdag møtest vi på biblioteket til kaffi, avislesing og ein prat. Alle er velkomne, og det er ikkje naudsynt å melde seg på.",
        "På grunn av at lokalet skal pussast opp, vert kurset flytt til rådhuset. Vi orsakar ulempene dette medfører for deltakarane.",
        "Kommunen har ansvar for å fremje folkehelse, m.a. gjennom planlegging, tenester og samarbeid med frivillig sektor. Arbeidet skal bidra til gode levekår og mindre sosial ulikskap i helse.",
        "Spørsmål om tilbodet kan rettast til koordinator Kari Nordmann, e-post kari.nordmann@kommune.no, tlf. 922 33 444. Ho er lettast å nå på føremiddagen.",
        "Innleiingsvis vart det gjort greie for status i prosjektet. Deretter vart tiltaka drøfta, og det vart semje om å prioritere arbeidet med trygge skulevegar.",
        "Les meir om tilbodet på nettsida til kommunen. Der finn du òg informasjon om opningstider, prisar og korleis du kjem deg dit med buss.",
        "Ta stilling til om de ønskjer å delta i prosjektet, og gje tilbakemelding innan utgangen av månaden. Tilsegn om tilskot vert gjeve under føresetnad av at prosjektet vert gjennomført slik det er skildra i søknaden.",
        "Kvifor samskaping?\nNokre utfordringar kan ikkje kommunen løyse åleine. Når innbyggjarar, frivillige og fagfolk arbeider saman frå start, vert tiltaka ofte betre tilpassa dei dei er til for.",
        "Vi vil gjerne høyre frå deg! Svar på undersøkinga innan fredag, eller kom innom servicetorget mellom kl. 10 og 14.",
        "Førebygginga av einsemd blant eldre krev samordning av tenestene, styrking av frivilligheita og utvikling av nye møteplassar i nærmiljøet.",
        "Alle som har vore med på minst fem samlingar, får kursbevis. Kursbeviset kan nyttast som dokumentasjon overfor arbeidsgjevaren.",
    ];

    /// <summary>Exactly <paramref name="characters"/> UTF-16 characters of text in the given standard.</summary>
    public static string Build(WrittenStandard standard, int characters, int seed = 2026)
    {
        var paragraphs = standard == WrittenStandard.Bokmal ? Bokmal : Nynorsk;
        var random = new Random(seed);
        var order = Enumerable.Range(0, paragraphs.Length).ToArray();
        var builder = new StringBuilder(characters + 1_000);
        while (builder.Length < characters)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                builder.Append(paragraphs[index]).Append("\n\n");
            }
        }

        builder.Length = characters;
        return builder.ToString();
    }
}
