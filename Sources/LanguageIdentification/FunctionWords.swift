/// The most frequent function words of each language the identifier knows, in lower case: the words
/// that make up a third or more of running text in any genre, so a paragraph has dozens of them.
///
/// Words shared by several languages count for each of them and cancel out; the words a language
/// does not share decide (Danish `af`/`efter`/`havde` against Norwegian `av`/`etter`/`hadde`).
enum FunctionWords {
    static let latin: [(tag: String, words: String)] = [
        (
            "en",
            "the of and to in a is that for it was on with as are be by this have from at but not his her they said "
                + "which has were been an will would their who or its he she we you had more there about than i my "
                + "so if do can all no just one what me our out up when them him how like get"
        ),
        (
            "de",
            "der die und das ist den von zu mit sich des auf für im dem nicht ein eine als auch es an werden aus er "
                + "hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder "
                + "aber vor zur bis mehr durch man sein wurde sei ich wir"
        ),
        (
            "fr",
            "le la les de des du et un une est en que qui dans pour pas sur au aux avec il elle ce cette sont par "
                + "plus ont été mais ne se leur son sa ses nous vous ou comme"
        ),
        (
            "es",
            "el la los las de del y en que un una es por con para se no su sus al lo como más pero fue ha este "
                + "esta son entre también muy sobre está han ya hay porque cuando"
        ),
        (
            "it",
            "il la le lo gli di del della dei e è che un una per in con non si da al alla sono ha più come anche "
                + "ma nel nella questo questa essere stato ci dalla degli delle"
        ),
        (
            "pt",
            "o a os as de do da dos das e é que um uma em no na nos nas para com não por se mais como foi ao pelo "
                + "pela são seu sua também está ser mas já ou"
        ),
        (
            "ca",
            "el la els les de del i a en que un una és per amb no es al més com però va hi ha aquest aquesta són "
                + "també seu seva"
        ),
        (
            "nl",
            "de het een en van in is dat op te zijn voor met niet die er aan ook als bij door maar om naar wordt "
                + "werd heeft zich hij ze nog uit over wel dan tot kan"
        ),
        (
            "sv",
            "och att det i en ett som på är för med av den till inte har de om var sig men så från eller vid kan "
                + "efter hade jag vi under också sina sitt när"
        ),
        (
            "da",
            "og at det i en et som på er for med af den til ikke har de om var sig men så fra eller ved kan efter "
                + "havde jeg vi også sine når blev hvor nogle været mig skal"
        ),
        (
            "nb",
            "og at det i en et som på er for med av den til ikke har de om var seg men så fra eller ved kan etter "
                + "hadde jeg vi også sine når ble hvor noen vært meg skal"
        ),
        (
            "fi",
            "ja on ei se että oli hän ovat kun mutta myös tai sen joka mukaan vuoden jo nyt sekä jotka kuin ole "
                + "olisi voi vain niin jälkeen hänen tämä"
        ),
        (
            "pl",
            "i w na z się nie do to że jest o a od po jak za dla co ale przez są jego tak już czy jej oraz było "
                + "został przy także może tym który która które"
        ),
        (
            "cs",
            "a v se na je že s z o do to jako k ve by ale pro jsou za po od jeho byl bylo které který která také "
                + "už podle při jejich než tak"
        ),
        (
            "sk",
            "a v sa na je že s z o do to ako k vo by ale pre sú za po od jeho bol bolo ktoré ktorý ktorá tiež už "
                + "podľa pri ich než tak"
        ),
        (
            "sl",
            "in je v na da se za so z pa ki ne tudi bi po od kot to ali pri bil bila še iz do lahko ter ga jih"
        ),
        (
            "hr",
            "i u je da se na za su od a s iz o ne koji koja što kao ali bi će to sa bio bila nije još ili prema "
                + "nakon"
        ),
        (
            "ro",
            "și de în la a cu pe din nu o se că un care este mai pentru au sunt fost ca sau lui ei dar acest "
                + "această prin după fi al ale"
        ),
        (
            "hu",
            "a az és hogy nem is egy van meg de el ki volt csak még már mint pedig után szerint ez azt ezt lesz "
                + "kell vagy minden között amely akik"
        ),
        (
            "tr",
            "ve bir bu da de için ile çok olarak daha gibi en sonra ne olan var kadar ama değil her o ise mi şey "
                + "yok ancak tarafından göre olduğunu"
        ),
        (
            "id",
            "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah oleh telah karena atau "
                + "mereka kami sudah saat bisa lebih namun tersebut"
        ),
    ]

    static let cyrillic: [(tag: String, words: String)] = [
        (
            "ru",
            "и в не на что с по это как он к из у о за для от то также его было был она но а так уже при только"
        ),
        (
            "uk",
            "і в у на що з не до та як це за від й для його був але а також вже при про які який яка бути ще ми"
        ),
        (
            "bg",
            "и на в да се за от че не с е по са както това като но към му ще има бъде след при до беше още"
        ),
        (
            "sr",
            "и у је да се на за су од са не из који која што као али би ће то био била није још или према"
        ),
        (
            "mk",
            "и на во да се за од со не е ќе што кој која тоа како но има по беше до"
        ),
    ]

    static let devanagari: [(tag: String, words: String)] = [
        ("hi", "है के में की को से और का ने पर यह कि एक भी हैं था थे कर लिए इस नहीं तो हो गया"),
        ("ne", "छ को मा र ले गर्न भएको पनि यो हो थियो छन् गरेको गरी भने एक तथा लागि"),
        ("mr", "आहे आणि या व हे ला ची चा चे की मध्ये होते आहेत त्या हा एक केले"),
    ]
}
