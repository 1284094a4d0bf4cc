import Testing

@testable import LanguageIdentification

@Suite("Language identification")
struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    @Test(
        "a news paragraph in each Latin-script language is named",
        arguments: [
            (
                "de",
                "Der französische Präsident Emmanuel Macron hat am Montag in Berlin mit dem Bundeskanzler über die "
                    + "Lage in der Ukraine gesprochen. Er sagte, dass Europa mehr für seine Sicherheit tun müsse."
            ),
            (
                "fr",
                "Le président de la République a annoncé lundi une série de mesures pour les agriculteurs. Il a "
                    + "déclaré que le gouvernement ne laisserait pas tomber ceux qui nous nourrissent."
            ),
            (
                "es",
                "El presidente del Gobierno anunció este lunes un plan para reducir los precios de la energía. "
                    + "Según fuentes del ministerio, las medidas se aplicarán también a las pequeñas empresas."
            ),
            (
                "it",
                "Il presidente del Consiglio ha incontrato ieri a Roma i sindacati per discutere della riforma "
                    + "delle pensioni. Secondo il ministro, non ci sono ancora le condizioni per un accordo."
            ),
            (
                "pt",
                "O presidente da República disse nesta segunda-feira que o governo não vai aumentar os impostos. "
                    + "A declaração foi feita durante uma visita ao Porto, onde se reuniu com os autarcas da região."
            ),
            (
                "nl",
                "De minister van Financiën heeft dinsdag in Den Haag gezegd dat het kabinet niet van plan is om de "
                    + "belastingen te verhogen. Volgens hem is er voor volgend jaar voldoende ruimte in de begroting."
            ),
            (
                "sv",
                "Regeringen meddelade på tisdagen att den kommer att satsa mer pengar på försvaret. Enligt "
                    + "statsministern är det nödvändigt för att Sverige ska kunna möta de nya hoten i regionen."
            ),
            (
                "pl",
                "Prezydent spotkał się w poniedziałek z przedstawicielami rządu, aby omówić sytuację na granicy. "
                    + "Jak powiedział rzecznik, nie ma jeszcze decyzji w sprawie nowych przepisów, ale są już gotowe."
            ),
        ])
    func latin(expected: String, text: String) {
        #expect(identifier.identify(text)?.tag == expected)
    }

    @Test("Danish and Norwegian are told apart by the words they do not share")
    func danishAndNorwegian() {
        let danish =
            "Regeringen har efter mødet i går besluttet, at der ikke skal være flere restriktioner. Ministeren "
            + "sagde, at man havde været nødt til at vente på de nye tal, og at nogle af dem blev offentliggjort i dag."
        let norwegian =
            "Regjeringen har etter møtet i går bestemt at det ikke skal være flere restriksjoner. Ministeren sa "
            + "at man hadde vært nødt til å vente på de nye tallene, og at noen av dem ble offentliggjort i dag."
        #expect(identifier.identify(danish)?.tag == "da")
        #expect(identifier.identify(norwegian)?.tag == "nb")
    }

    @Test("English news, also full of foreign names and with a quoted foreign phrase, is English")
    func english() {
        let texts = [
            "Turkey urged the U.S. to step up in Libya as the strongman Khalifa Haftar loses ground, Foreign Minister "
                + "Mevlut Cavusoglu said on Tuesday in an interview with the agency.",
            "Jean-Luc Mélenchon and Marine Le Pen met in Paris. “C'est la vie,” said the mayor of Saint-Denis, who "
                + "had been waiting for the decision of the Conseil d'État since the elections in 2022.",
        ]
        for text in texts { #expect(identifier.identify(text)?.tag == "en", "\(text)") }
    }

    @Test("a headline or a list of names says nothing")
    func tooLittle() {
        #expect(identifier.identify("Bundesanwaltschaft erhebt Anklage") == nil)
        #expect(identifier.identify("Angela Merkel, Emmanuel Macron, Mario Draghi") == nil)
        #expect(identifier.identify("") == nil)
        #expect(identifier.identify("2024 — 15:30") == nil)
    }

    @Test("long text in a Latin-script language without a profile is not English: und")
    func unknownLatin() {
        let latvian =
            "Valdība otrdien paziņoja, ka nākamgad palielinās finansējumu aizsardzībai un veselības aprūpei. "
            + "Premjerministre uzsvēra, ka lēmums pieņemts pēc ilgām sarunām ar koalīcijas partneriem, un solīja, "
            + "ka nodokļi netiks paaugstināti. Opozīcija kritizēja plānu, norādot, ka tas neatrisina reģionu "
            + "problēmas un ka iedzīvotāji joprojām gaida reformas izglītībā."
        #expect(identifier.identify(latvian)?.tag == "und")
    }

    @Test(
        "other scripts: the script, and for Cyrillic the function words",
        arguments: [
            (
                "ru",
                "Президент России заявил в понедельник, что переговоры с Украиной не дали результата, но это не "
                    + "значит, что они были бесполезны."
            ),
            (
                "uk",
                "Президент України заявив у понеділок, що переговори не дали результату, але це не означає, що "
                    + "вони були марними."
            ),
            ("el", "Ο πρωθυπουργός δήλωσε ότι η κυβέρνηση θα στηρίξει τις επιχειρήσεις."),
            ("ar", "قال الرئيس إن الحكومة ستدعم الشركات الصغيرة هذا العام."),
            ("fa", "رئیس جمهور گفت که دولت از کسب و کارهای کوچک پشتیبانی خواهد کرد."),
            ("he", "ראש הממשלה אמר כי הממשלה תתמוך בעסקים הקטנים."),
            ("zh", "国务院总理周一在北京会见了来访的外国代表团。"),
            ("ja", "首相は月曜日、東京で記者会見を行い、新しい経済対策を発表しました。"),
            ("ko", "대통령은 월요일 서울에서 기자회견을 열고 새로운 경제 대책을 발표했다."),
            ("hi", "प्रधानमंत्री ने सोमवार को नई दिल्ली में एक संवाददाता सम्मेलन को संबोधित किया।"),
        ])
    func otherScripts(expected: String, text: String) {
        #expect(identifier.identify(text)?.tag == expected)
    }

    @Test("names for messages")
    func names() {
        #expect(IdentifiedLanguage(tag: "de").name == "German")
        #expect(IdentifiedLanguage(tag: "und").name == nil)
        #expect(IdentifiedLanguage(tag: "en-GB").isEnglish)
        #expect(!IdentifiedLanguage(tag: "und").isEnglish)
    }
}
