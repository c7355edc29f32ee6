//! What the engine's own rules say (DM001–DM006): the loader's syntax
//! mistakes and limits, the schema check, the format line, the
//! suppressions. `{…}` are filled in per finding with numbers, key names
//! the schema knows, kinds of values or codes, never document text; `{{`
//! and `}}` are braces. `{detail}`, the parser's own English words, is in
//! the English text only.

super::catalogue! {
    /// The id of a text of the engine's rules.
    pub(crate) enum EngineText {
        // DM001 parse-error
        /// a tab is used for indentation
        TabIndent = "DM001" "tab-indent" [] {
            message: "tabulator brukt til innrykk",
                "tabulator brukt til innrykk",
                "a tab is used for indentation";
            help: "rykk inn med mellomrom, ikke tabulator",
                "rykk inn med mellomrom, ikkje tabulator",
                "indent with spaces, not tabs";
        }
        /// a tab where YAML needs a space
        Tab = "DM001" "tab" [] {
            message: "tabulator der YAML krever mellomrom",
                "tabulator der YAML krev mellomrom",
                "a tab where YAML needs a space";
            help: "bytt tabulatoren med et mellomrom",
                "byt ut tabulatoren med eit mellomrom",
                "replace the tab with a space";
        }
        /// a colon followed by a space or a line break inside free text
        ColonInText = "DM001" "colon-in-text" [] {
            message: "kolon fulgt av mellomrom eller linjeskift inne i fri tekst",
                "kolon følgt av mellomrom eller linjeskift inne i fri tekst",
                "a colon followed by a space or a line break inside free text";
            help: "sett hele teksten i anførselstegn (`\"…\"`), eller skriv `|` etter nøkkelen og teksten rykket inn på linjene under",
                "set heile teksten i hermeteikn (`\"…\"`), eller skriv `|` etter nøkkelen og teksten rykt inn på linjene under",
                "put the whole text in quotes (`\"…\"`), or write `|` after the key and the text indented on the lines below";
        }
        /// the line is indented further than the line above
        IndentedMore = "DM001" "indented-more" [] {
            message: "linjen er rykket lenger inn enn linjen over",
                "linja er rykt lenger inn enn linja over",
                "the line is indented further than the line above";
            help: "nøkler i samme tabell skal ha likt innrykk; rykk inn under en nøkkel bare når den slutter med `:`",
                "nøklar i same tabell skal ha likt innrykk; rykk inn under ein nøkkel berre når han sluttar med `:`",
                "keys of one mapping need the same indentation; indent below a key only when it ends with `:`";
        }
        /// a new key where the text of the line above continues
        NoColonAbove = "DM001" "no-colon-above" [] {
            message: "en ny nøkkel der teksten på linjen over fortsetter",
                "ein ny nøkkel der teksten på linja over held fram",
                "a new key where the text of the line above continues";
            help: "sjekk at linjen over har `:` etter nøkkelen, og at teksten der er lukket",
                "sjekk at linja over har `:` etter nøkkelen, og at teksten der er lukka",
                "check that the line above has `:` after its key and that its text is closed";
        }
        /// the indentation does not match the lines above
        Indentation = "DM001" "indentation" [] {
            message: "innrykket passer ikke med linjene over",
                "innrykket passar ikkje med linjene over",
                "the indentation does not match the lines above";
            help: "nøkler i samme tabell må ha nøyaktig samme innrykk, med mellomrom; tekst over flere linjer rykkes inn under nøkkelen sin",
                "nøklar i same tabell må ha nøyaktig same innrykk, med mellomrom; tekst over fleire linjer skal rykkjast inn under nøkkelen sin",
                "keys of one mapping need exactly the same indentation, in spaces; text over several lines is indented below its key";
        }
        /// the list item (`-`) is in the wrong place or at the wrong indentation
        ListItemDepth = "DM001" "list-item-depth" [] {
            message: "listeelementet (`-`) står på feil sted eller med feil innrykk",
                "listeelementet (`-`) står på feil stad eller med feil innrykk",
                "the list item (`-`) is in the wrong place or at the wrong indentation";
            help: "start hvert element på en egen linje, med alle `-` i listen rykket likt inn under nøkkelen listen hører til; er det tekst som starter med `-`, sett den i anførselstegn",
                "start kvart element på ei eiga linje, med alle `-` i lista rykte likt inn under nøkkelen lista høyrer til; er det tekst som byrjar med `-`, set teksten i hermeteikn",
                "start each item on a line of its own, with every `-` of the list indented alike below the list's key; if it is text starting with `-`, put it in quotes";
        }
        /// a key stands among the items of a list
        KeyAmongItems = "DM001" "key-among-items" [] {
            message: "en nøkkel står mellom elementene i en liste",
                "ein nøkkel står mellom elementa i ei liste",
                "a key stands among the items of a list";
            help: "rykk nøkkelen inn likt med de andre nøklene i elementet den hører til, eller start et nytt element med `-`",
                "rykk nøkkelen inn likt med dei andre nøklane i elementet han høyrer til, eller start eit nytt element med `-`",
                "indent the key like the other keys of its item, or start a new item with `-`";
        }
        /// unexpected content after the value
        AfterValue = "DM001" "after-value" [] {
            message: "uventet innhold etter verdien",
                "uventa innhald etter verdien",
                "unexpected content after the value";
            help: "sett hele teksten i anførselstegn (`\"…\"`)",
                "set heile teksten i hermeteikn (`\"…\"`)",
                "put the whole text in quotes (`\"…\"`)";
        }
        /// the quote that opens this text is not closed, or the text's next line is not indented
        UnclosedQuote = "DM001" "unclosed-quote" [] {
            message: "anførselstegnet som åpner teksten her, blir ikke lukket, eller neste linje i teksten er ikke rykket inn",
                "hermeteiknet som opnar teksten her, blir ikkje lukka, eller neste linje i teksten er ikkje rykt inn",
                "the quote that opens this text is not closed, or the text's next line is not indented";
            help: "avslutt teksten med samme anførselstegn; fortsetter den over flere linjer, rykk dem inn under nøkkelen",
                "avslutt teksten med same hermeteikn; held han fram over fleire linjer, rykk dei inn under nøkkelen",
                "end the text with the same quote; if it goes on over several lines, indent them below the key";
        }
        /// text after the closing quote
        AfterQuote = "DM001" "after-quote" [] {
            message: "tekst etter det avsluttende anførselstegnet",
                "tekst etter det avsluttande hermeteiknet",
                "text after the closing quote";
            help: "sett hele teksten mellom anførselstegnene; skriv `''` for en apostrof i enkle anførselstegn og `\\\"` for et anførselstegn i doble",
                "set heile teksten mellom hermeteikna; skriv `''` for ein apostrof i enkle hermeteikn og `\\\"` for eit hermeteikn i doble",
                "put the whole text between the quotes; write `''` for an apostrophe in single quotes and `\\\"` for a quote in double quotes";
        }
        /// a list (`[`) or mapping (`{{`) opened on line {line} is not closed
        UnclosedBracketAt = "DM001" "unclosed-bracket-at" [line] {
            message: "en liste (`[`) eller tabell (`{{`) som åpnes på linje {line}, er ikke lukket",
                "ei liste (`[`) eller ein tabell (`{{`) som blir opna på linje {line}, er ikkje lukka",
                "a list (`[`) or mapping (`{{`) opened on line {line} is not closed";
            help: "lukk med `]` eller `}}`, med komma mellom elementene; er det tekst som starter med `[` eller `{{`, sett den i anførselstegn",
                "lukk med `]` eller `}}`, med komma mellom elementa; er det tekst som byrjar med `[` eller `{{`, set teksten i hermeteikn",
                "close it with `]` or `}}`, with commas between the items; if it is text starting with `[` or `{{`, put it in quotes";
        }
        /// a list (`[`) or mapping (`{{`) is not closed
        UnclosedBracket = "DM001" "unclosed-bracket" [] {
            message: "en liste (`[`) eller tabell (`{{`) er ikke lukket",
                "ei liste (`[`) eller ein tabell (`{{`) er ikkje lukka",
                "a list (`[`) or mapping (`{{`) is not closed";
            help: "lukk med `]` eller `}}`, med komma mellom elementene; er det tekst som starter med `[` eller `{{`, sett den i anførselstegn",
                "lukk med `]` eller `}}`, med komma mellom elementa; er det tekst som byrjar med `[` eller `{{`, set teksten i hermeteikn",
                "close it with `]` or `}}`, with commas between the items; if it is text starting with `[` or `{{`, put it in quotes";
        }
        /// a `]` or `}}` without its `[` or `{{`
        StrayBracket = "DM001" "stray-bracket" [] {
            message: "`]` eller `}}` uten tilhørende `[` eller `{{`",
                "`]` eller `}}` utan tilhøyrande `[` eller `{{`",
                "a `]` or `}}` without its `[` or `{{`";
            help: "sett hele teksten i anførselstegn (`\"…\"`)",
                "set heile teksten i hermeteikn (`\"…\"`)",
                "put the whole text in quotes (`\"…\"`)";
        }
        /// a value starting with `*` or `&` is read as a YAML alias or anchor
        AliasLike = "DM001" "alias-like" [] {
            message: "en verdi som starter med `*` eller `&`, leses som et YAML-alias eller -anker",
                "ein verdi som byrjar med `*` eller `&`, blir lesen som eit YAML-alias eller -anker",
                "a value starting with `*` or `&` is read as a YAML alias or anchor";
            help: "sett hele teksten i anførselstegn (`\"…\"`), for eksempel en punktliste med `*`",
                "set heile teksten i hermeteikn (`\"…\"`), til dømes ei punktliste med `*`",
                "put the whole text in quotes (`\"…\"`), a bullet list with `*` for example";
        }
        /// a value cannot start with `{char}`
        Reserved = "DM001" "reserved" [char] {
            message: "en verdi kan ikke starte med `{char}`",
                "ein verdi kan ikkje byrje med `{char}`",
                "a value cannot start with `{char}`";
            help: "sett hele teksten i anførselstegn (`\"…\"`)",
                "set heile teksten i hermeteikn (`\"…\"`)",
                "put the whole text in quotes (`\"…\"`)";
        }
        /// text after `|` or `>` on the same line
        BlockHeader = "DM001" "block-header" [] {
            message: "tekst etter `|` eller `>` på samme linje",
                "tekst etter `|` eller `>` på same linje",
                "text after `|` or `>` on the same line";
            help: "skriv teksten på linjene under `|`, rykket inn, eller sett hele verdien i anførselstegn",
                "skriv teksten på linjene under `|`, rykt inn, eller set heile verdien i hermeteikn",
                "write the text on the lines below `|`, indented, or put the whole value in quotes";
        }
        /// an unknown escape sequence (`\`) in double-quoted text
        Escape = "DM001" "escape" [] {
            message: "ukjent escape-sekvens (`\\`) i tekst med doble anførselstegn",
                "ukjend escape-sekvens (`\\`) i tekst med doble hermeteikn",
                "an unknown escape sequence (`\\`) in double-quoted text";
            help: "skriv `\\\\` for en omvendt skråstrek, eller bruk enkle anførselstegn",
                "skriv `\\\\` for ein omvend skråstrek, eller bruk enkle hermeteikn",
                "write `\\\\` for a backslash, or use single quotes";
        }
        /// a `\u` code for only one half of a character (a UTF-16 surrogate)
        LoneSurrogate = "DM001" "lone-surrogate" [] {
            message: "en `\\u`-kode for bare den ene halvdelen av et tegn (et UTF-16-surrogat)",
                "ein `\\u`-kode for berre den eine halvdelen av eit teikn (eit UTF-16-surrogat)",
                "a `\\u` code for only one half of a character (a UTF-16 surrogate)";
            help: "skriv tegnet selv, eller begge halvdelene rett etter hverandre, slik JSON skriver dem (`\\ud83d\\ude00` for 😀)",
                "skriv teiknet sjølv, eller begge halvdelane rett etter kvarandre, slik JSON skriv dei (`\\ud83d\\ude00` for 😀)",
                "write the character itself, or both halves right after each other, as JSON writes them (`\\ud83d\\ude00` for 😀)";
        }
        /// a line starting with `%` is read as a YAML directive
        Directive = "DM001" "directive" [] {
            message: "en linje som starter med `%`, leses som et YAML-direktiv",
                "ei linje som byrjar med `%`, blir lesen som eit YAML-direktiv",
                "a line starting with `%` is read as a YAML directive";
            help: "rykk teksten inn under nøkkelen sin, eller sett den i anførselstegn",
                "rykk teksten inn under nøkkelen sin, eller set han i hermeteikn",
                "indent the text below its key, or put it in quotes";
        }
        /// a YAML tag (`!…`) is not supported
        Tag = "DM001" "tag" [] {
            message: "en YAML-tagg (`!…`) støttes ikke",
                "ein YAML-tagg (`!…`) er ikkje støtta",
                "a YAML tag (`!…`) is not supported";
            help: "fjern taggen; er det tekst som starter med `!`, sett hele verdien i anførselstegn",
                "fjern taggen; er det tekst som byrjar med `!`, set heile verdien i hermeteikn",
                "remove the tag; if it is text starting with `!`, put the whole value in quotes";
        }
        /// the key is longer than 1024 characters
        LongKey = "DM001" "long-key" [] {
            message: "nøkkelen er lengre enn 1024 tegn",
                "nøkkelen er lengre enn 1024 teikn",
                "the key is longer than 1024 characters";
            help: "en nøkkel står på én linje, har høyst 1024 tegn og følges av `:`; lang tekst hører hjemme i verdien",
                "ein nøkkel står på éi linje, har høgst 1024 teikn og blir følgd av `:`; lang tekst høyrer heime i verdien",
                "a key stands on one line, has at most 1024 characters and is followed by `:`; long text belongs in the value";
        }
        /// a byte order mark (U+FEFF) inside the document
        Bom = "DM001" "bom" [] {
            message: "et byte order mark (U+FEFF) inne i dokumentet",
                "eit byte order mark (U+FEFF) inne i dokumentet",
                "a byte order mark (U+FEFF) inside the document";
            help: "fjern tegnet; det kommer ofte med tekst limt inn fra et annet program",
                "fjern teiknet; det kjem ofte med tekst som er limt inn frå eit anna program",
                "remove the character; it often comes with text pasted from another program";
        }
        /// invalid YAML syntax here ({detail})
        YamlOther = "DM001" "yaml-other" [detail] {
            message: "YAML-syntaksen er ugyldig her",
                "YAML-syntaksen er ugyldig her",
                "invalid YAML syntax here ({detail})";
            help: "sjekk innrykk, kolon etter nøkler og at anførselstegn og klammer er lukket",
                "sjekk innrykk, kolon etter nøklar og at hermeteikn og klammer er lukka",
                "check indentation, the colon after keys, and that quotes and brackets are closed";
        }
        /// comments are not allowed in JSON
        JsonComment = "DM001" "json-comment" [] {
            message: "kommentarer er ikke tillatt i JSON",
                "kommentarar er ikkje tillatne i JSON",
                "comments are not allowed in JSON";
            help: "fjern kommentaren, eller skriv filen som YAML (`.yaml`)",
                "fjern kommentaren, eller skriv fila som YAML (`.yaml`)",
                "remove the comment, or write the file as YAML (`.yaml`)";
        }
        /// a comma after the last item
        JsonTrailingComma = "DM001" "json-trailing-comma" [] {
            message: "komma etter siste element",
                "komma etter siste element",
                "a comma after the last item";
            help: "fjern kommaet",
                "fjern kommaet",
                "remove the comma";
        }
        /// the JSON file ends before every `{{`, `[` and `"` is closed
        JsonEof = "DM001" "json-eof" [] {
            message: "JSON-filen slutter før alle `{{`, `[` og `\"` er lukket",
                "JSON-fila sluttar før alle `{{`, `[` og `\"` er lukka",
                "the JSON file ends before every `{{`, `[` and `\"` is closed";
            help: "lukk det som er åpnet, med `}}`, `]` eller `\"`",
                "lukk det som er opna, med `}}`, `]` eller `\"`",
                "close what is open with `}}`, `]` or `\"`";
        }
        /// a comma between two items, or a `}}` or `]`, is missing
        JsonExpectedComma = "DM001" "json-expected-comma" [] {
            message: "komma mangler mellom to elementer, eller `}}` eller `]` mangler",
                "komma manglar mellom to element, eller `}}` eller `]` manglar",
                "a comma between two items, or a `}}` or `]`, is missing";
            help: "skill elementene med komma, og lukk med `}}` eller `]`",
                "skil elementa med komma, og lukk med `}}` eller `]`",
                "separate the items with commas and close with `}}` or `]`";
        }
        /// the `:` after the key is missing
        JsonExpectedColon = "DM001" "json-expected-colon" [] {
            message: "`:` mangler etter nøkkelen",
                "`:` manglar etter nøkkelen",
                "the `:` after the key is missing";
            help: "skriv `\"nøkkel\": verdi`",
                "skriv `\"nøkkel\": verdi`",
                "write `\"key\": value`";
        }
        /// JSON keys must be in double quotes
        JsonKeyNotString = "DM001" "json-key-not-string" [] {
            message: "nøkler i JSON må stå i doble anførselstegn",
                "nøklar i JSON må stå i doble hermeteikn",
                "JSON keys must be in double quotes";
            help: "skriv `\"nøkkel\": verdi`",
                "skriv `\"nøkkel\": verdi`",
                "write `\"key\": value`";
        }
        /// a control character (a line break, a tab) inside a string
        JsonControlCharacter = "DM001" "json-control-character" [] {
            message: "kontrolltegn (linjeskift, tabulator) inne i en streng",
                "kontrollteikn (linjeskift, tabulator) inne i ein streng",
                "a control character (a line break, a tab) inside a string";
            help: "skriv `\\n` for linjeskift og `\\t` for tabulator",
                "skriv `\\n` for linjeskift og `\\t` for tabulator",
                "write `\\n` for a line break and `\\t` for a tab";
        }
        /// more content after the end of the JSON document
        JsonTrailingCharacters = "DM001" "json-trailing-characters" [] {
            message: "mer innhold etter slutten av JSON-dokumentet",
                "meir innhald etter slutten av JSON-dokumentet",
                "more content after the end of the JSON document";
            help: "en fil holder ett JSON-dokument; fjern resten eller legg det i en egen fil",
                "ei fil held eitt JSON-dokument; fjern resten eller legg det i ei eiga fil",
                "a file holds one JSON document; remove the rest or put it in a file of its own";
        }
        /// invalid JSON: {detail}
        JsonOther = "DM001" "json-other" [detail] {
            message: "ugyldig JSON-verdi",
                "ugyldig JSON-verdi",
                "invalid JSON: {detail}";
            help: "tekst står i doble anførselstegn; tall, `true`, `false` og `null` uten",
                "tekst står i doble hermeteikn; tal, `true`, `false` og `null` utan",
                "text goes in double quotes; numbers, `true`, `false` and `null` without";
        }
        /// the file looks like UTF-16, not UTF-8
        Utf16 = "DM001" "utf-16" [] {
            message: "filen ser ut til å være kodet som UTF-16, ikke UTF-8",
                "fila ser ut til å vere koda som UTF-16, ikkje UTF-8",
                "the file looks like UTF-16, not UTF-8";
            help: "lagre filen som UTF-8",
                "lagre fila som UTF-8",
                "save the file as UTF-8";
        }
        /// invalid UTF-8 (byte 0x{byte}); the file is probably Latin-1 or Windows-1252
        Latin1 = "DM001" "latin-1" [byte] {
            message: "ugyldig UTF-8 (byte 0x{byte}); filen er trolig kodet som Latin-1 eller Windows-1252",
                "ugyldig UTF-8 (byte 0x{byte}); fila er truleg koda som Latin-1 eller Windows-1252",
                "invalid UTF-8 (byte 0x{byte}); the file is probably Latin-1 or Windows-1252";
            help: "lagre filen som UTF-8",
                "lagre fila som UTF-8",
                "save the file as UTF-8";
        }
        /// invalid UTF-8 (byte 0x{byte})
        InvalidUtf8 = "DM001" "invalid-utf-8" [byte] {
            message: "ugyldig UTF-8 (byte 0x{byte})",
                "ugyldig UTF-8 (byte 0x{byte})",
                "invalid UTF-8 (byte 0x{byte})";
            help: "lagre filen som UTF-8",
                "lagre fila som UTF-8",
                "save the file as UTF-8";
        }
        /// invalid control character U+{codepoint} in the document
        ControlCharacter = "DM001" "control-character" [codepoint] {
            message: "ugyldig kontrolltegn U+{codepoint} i dokumentet",
                "ugyldig kontrollteikn U+{codepoint} i dokumentet",
                "invalid control character U+{codepoint} in the document";
            help: "fjern tegnet; skriv `\\n` eller `\\t` i en streng med doble anførselstegn om det er ment",
                "fjern teiknet; skriv `\\n` eller `\\t` i ein streng med doble hermeteikn om det er meint",
                "remove it; write `\\n` or `\\t` in a double-quoted string if it is meant";
        }
        /// duplicate key `{key}`
        DuplicateKeyNamed = "DM001" "duplicate-key-named" [key] {
            message: "nøkkelen `{key}` står to ganger",
                "nøkkelen `{key}` står to gonger",
                "duplicate key `{key}`";
            help: "slå sammen de to oppføringene; bare én verdi per nøkkel er tillatt",
                "slå saman dei to oppføringane; berre éin verdi per nøkkel er tillaten",
                "merge the two entries; a key may appear only once";
        }
        /// duplicate key
        DuplicateKey = "DM001" "duplicate-key" [] {
            message: "nøkkelen står to ganger",
                "nøkkelen står to gonger",
                "duplicate key";
            help: "slå sammen de to oppføringene; bare én verdi per nøkkel er tillatt",
                "slå saman dei to oppføringane; berre éin verdi per nøkkel er tillaten",
                "merge the two entries; a key may appear only once";
        }
        /// an alias cannot be used as a key
        AliasAsKey = "DM001" "alias-as-key" [] {
            message: "et alias kan ikke brukes som nøkkel",
                "eit alias kan ikkje brukast som nøkkel",
                "an alias cannot be used as a key";
            help: "skriv nøkkelen ut; er det tekst som starter med `*`, sett den i anførselstegn",
                "skriv nøkkelen ut; er det tekst som byrjar med `*`, set teksten i hermeteikn",
                "write the key out; if it is text starting with `*`, put it in quotes";
        }
        /// the alias refers to an anchor that is not completely defined
        AliasUndefined = "DM001" "alias-undefined" [] {
            message: "aliaset viser til et anker som ikke er ferdig definert",
                "aliaset viser til eit anker som ikkje er ferdig definert",
                "the alias refers to an anchor that is not completely defined";
            help: "et alias (`*navn`) kan bare vise til et anker (`&navn`) som er ferdig definert over det; er det tekst som starter med `*`, sett den i anførselstegn",
                "eit alias (`*namn`) kan berre vise til eit anker (`&namn`) som er ferdig definert over det; er det tekst som byrjar med `*`, set teksten i hermeteikn",
                "an alias (`*name`) may refer only to an anchor (`&name`) completely defined above it; if it is text starting with `*`, put it in quotes";
        }
        /// the file holds more than one YAML document
        MoreDocuments = "DM001" "more-documents" [] {
            message: "filen inneholder mer enn ett YAML-dokument",
                "fila inneheld meir enn eitt YAML-dokument",
                "the file holds more than one YAML document";
            help: "legg hvert referat i en egen fil, og fjern `---` mellom dem",
                "legg kvart referat i ei eiga fil, og fjern `---` mellom dei",
                "put each referat in a file of its own and remove the `---` between them";
        }
        /// keys must be plain values, not sequences or mappings
        ComplexKey = "DM001" "complex-key" [] {
            message: "nøkler må være enkle verdier, ikke lister eller tabeller",
                "nøklar må vere enkle verdiar, ikkje lister eller tabellar",
                "keys must be plain values, not sequences or mappings";
            help: "skriv nøkkelen som vanlig tekst foran `:`; en linje som starter med `?` eller en nøkkel i `[…]` eller `{{…}}` støttes ikke",
                "skriv nøkkelen som vanleg tekst framfor `:`; ei linje som byrjar med `?`, eller ein nøkkel i `[…]` eller `{{…}}`, er ikkje støtta",
                "write the key as plain text before the `:`; a line starting with `?`, or a key in `[…]` or `{{…}}`, is not supported";
        }
        /// the value does not match its tag `!!{tag}`
        TagMismatch = "DM001" "tag-mismatch" [tag] {
            message: "verdien passer ikke med taggen `!!{tag}`",
                "verdien passar ikkje med taggen `!!{tag}`",
                "the value does not match its tag `!!{tag}`";
            help: "fjern taggen, eller skriv en verdi av typen den krever",
                "fjern taggen, eller skriv ein verdi av typen han krev",
                "remove the tag, or write a value of the type it requires";
        }
        // DM002 schema-violation
        /// {field} has a field name the format does not know
        UnknownKey = "DM002" "unknown-key" [field] {
            message: "{field} har et feltnavn formatet ikke kjenner",
                "{field} har eit feltnamn formatet ikkje kjenner",
                "{field} has a field name the format does not know";
        }
        /// the field name `{key}` does not belong in {field}
        UnknownKeyNamed = "DM002" "unknown-key-named" [field, key] {
            message: "feltnavnet `{key}` hører ikke hjemme i {field}",
                "feltnamnet `{key}` høyrer ikkje heime i {field}",
                "the field name `{key}` does not belong in {field}";
        }
        /// the document has a field name the format does not know
        UnknownKeyTop = "DM002" "unknown-key-top" [] {
            message: "dokumentet har et feltnavn formatet ikke kjenner",
                "dokumentet har eit feltnamn formatet ikkje kjenner",
                "the document has a field name the format does not know";
        }
        /// the field name `{key}` does not belong at the top of the document
        UnknownKeyTopNamed = "DM002" "unknown-key-top-named" [key] {
            message: "feltnavnet `{key}` hører ikke hjemme øverst i dokumentet",
                "feltnamnet `{key}` høyrer ikkje heime øvst i dokumentet",
                "the field name `{key}` does not belong at the top of the document";
        }
        /// `<<` (a merge) is not supported; write the fields out
        MergeKey = "DM002" "merge-key" [] {
            help: "`<<` (å flette inn felt fra et annet sted) støttes ikke; skriv feltene ut",
                "`<<` (å flette inn felt frå ein annan stad) er ikkje støtta; skriv felta ut",
                "`<<` (merging in fields from elsewhere) is not supported; write the fields out";
        }
        /// did you mean `{suggestion}`?
        DidYouMean = "DM002" "did-you-mean" [suggestion] {
            help: "mente du `{suggestion}`?",
                "meinte du `{suggestion}`?",
                "did you mean `{suggestion}`?";
        }
        /// did you mean `{suggestion}` ({meaning})?
        DidYouMeanValue = "DM002" "did-you-mean-value" [suggestion, meaning] {
            help: "mente du `{suggestion}` ({meaning})?",
                "meinte du `{suggestion}` ({meaning})?",
                "did you mean `{suggestion}` ({meaning})?";
        }
        /// did you mean `{suggestion}` ({meaning})? Roles are written in bokmål in every document
        DidYouMeanRole = "DM002" "did-you-mean-role" [suggestion, meaning] {
            help: "mente du `{suggestion}` ({meaning})? Rollene skrives på bokmål i alle dokumenter",
                "meinte du `{suggestion}` ({meaning})? Rollene blir skrivne på bokmål i alle dokument",
                "did you mean `{suggestion}` ({meaning})? Roles are written in bokmål in every document";
        }
        /// the field names here are: {keys}
        AllowedKeys = "DM002" "allowed-keys" [keys] {
            help: "feltnavnene her er: {keys}",
                "feltnamna her er: {keys}",
                "the field names here are: {keys}";
        }
        /// {field} is missing {missing}
        Required = "DM002" "required" [field, missing, key] {
            message: "{missing} mangler i {field}",
                "{missing} manglar i {field}",
                "{missing} is missing from {field}";
            help: "fyll inn {missing} (`{key}:`)",
                "fyll inn {missing} (`{key}:`)",
                "fill in {missing} (`{key}:`)";
        }
        /// the document is missing {missing}
        RequiredTop = "DM002" "required-top" [missing, key] {
            message: "{missing} mangler i dokumentet",
                "{missing} manglar i dokumentet",
                "{missing} is missing from the document";
            help: "fyll inn {missing} (`{key}:`)",
                "fyll inn {missing} (`{key}:`)",
                "fill in {missing} (`{key}:`)";
        }
        /// write the meeting date as `date: YYYY-MM-DD`
        RequiredDate = "DM002" "required-date" [] {
            help: "skriv møtedatoen som `date: ÅÅÅÅ-MM-DD`",
                "skriv møtedatoen som `date: ÅÅÅÅ-MM-DD`",
                "write the meeting date as `date: YYYY-MM-DD`";
        }
        /// give the participant a role: {roles}; roles are written in bokmål in every document
        RequiredRole = "DM002" "required-role" [roles] {
            help: "gi deltakeren en rolle (`role:`): {roles}; rollene skrives på bokmål i alle dokumenter",
                "gi deltakaren ei rolle (`role:`): {roles}; rollene blir skrivne på bokmål i alle dokument",
                "give the participant a role (`role:`): {roles}; roles are written in bokmål in every document";
        }
        /// fill in the meeting (`meeting:`) with its date (`date: YYYY-MM-DD`)
        RequiredMeeting = "DM002" "required-meeting" [] {
            help: "fyll inn møtet (`meeting:`) med møtedatoen (`date: ÅÅÅÅ-MM-DD`)",
                "fyll inn møtet (`meeting:`) med møtedatoen (`date: ÅÅÅÅ-MM-DD`)",
                "fill in the meeting (`meeting:`) with its date (`date: YYYY-MM-DD`)";
        }
        /// {field} must be a date
        Date = "DM002" "date" [field] {
            message: "{field} må være en dato",
                "{field} må vere ein dato",
                "{field} must be a date";
            help: "skriv datoen som år-måned-dag, for eksempel 8. september 2026 som `2026-09-08`",
                "skriv datoen som år-månad-dag, til dømes 8. september 2026 som `2026-09-08`",
                "write the date as year-month-day, 8 September 2026 as `2026-09-08` for example";
        }
        /// write {written} as `{date}`
        DateAs = "DM002" "date-as" [date, written] {
            help: "skriv {written} som `{date}`",
                "skriv {written} som `{date}`",
                "write {written} as `{date}`";
        }
        /// that day does not exist in the calendar; check the day and month
        DateNotInCalendar = "DM002" "date-not-in-calendar" [] {
            help: "datoen finnes ikke i kalenderen; sjekk dag og måned",
                "datoen finst ikkje i kalenderen; sjekk dag og månad",
                "that day does not exist in the calendar; check the day and month";
        }
        /// {field} must be a time of day
        Time = "DM002" "time" [field] {
            message: "{field} må være et klokkeslett",
                "{field} må vere eit klokkeslett",
                "{field} must be a time of day";
            help: "skriv timer og minutter med kolon, 24 timer, i anførselstegn: `\"09:00\"`, `\"13:30\"`",
                "skriv timar og minutt med kolon, 24 timar, i hermeteikn: `\"09:00\"`, `\"13:30\"`",
                "write hours and minutes with a colon, 24-hour clock, in quotes: `\"09:00\"`, `\"13:30\"`";
        }
        /// write the time as `"{time}"` (hours and minutes, 24-hour clock)
        TimeAs = "DM002" "time-as" [time] {
            help: "skriv klokkeslettet som `\"{time}\"` (timer og minutter, 24 timer)",
                "skriv klokkeslettet som `\"{time}\"` (timar og minutt, 24 timar)",
                "write the time as `\"{time}\"` (hours and minutes, 24-hour clock)";
        }
        /// write the time without seconds: `"{time}"`
        TimeSeconds = "DM002" "time-seconds" [time] {
            help: "skriv klokkeslettet uten sekunder: `\"{time}\"`",
                "skriv klokkeslettet utan sekund: `\"{time}\"`",
                "write the time without seconds: `\"{time}\"`";
        }
        /// {field} must be yes or no
        Boolean = "DM002" "boolean" [field] {
            message: "{field} må være ja eller nei",
                "{field} må vere ja eller nei",
                "{field} must be yes or no";
            help: "skriv `true` for ja og `false` for nei",
                "skriv `true` for ja og `false` for nei",
                "write `true` for yes and `false` for no";
        }
        /// write `true` for yes and `false` for no; the file does not read `ja` and `nei` as yes and no
        BooleanText = "DM002" "boolean-text" [] {
            help: "skriv `true` for ja og `false` for nei; filen leser ikke `ja` og `nei` som ja og nei",
                "skriv `true` for ja og `false` for nei; fila les ikkje `ja` og `nei` som ja og nei",
                "write `true` for yes and `false` for no; the file does not read `ja` and `nei` as yes and no";
        }
        /// {field} must be text
        TypeString = "DM002" "type-string" [field] {
            message: "{field} må være tekst",
                "{field} må vere tekst",
                "{field} must be text";
        }
        /// {field} must be a whole number
        TypeInteger = "DM002" "type-integer" [field] {
            message: "{field} må være et heltall",
                "{field} må vere eit heiltal",
                "{field} must be a whole number";
        }
        /// {field} must be a number
        TypeNumber = "DM002" "type-number" [field] {
            message: "{field} må være et tall",
                "{field} må vere eit tal",
                "{field} must be a number";
        }
        /// {field} must hold fields on the lines below it, not one value
        TypeObject = "DM002" "type-object" [field] {
            message: "{field} må ha feltene sine på linjene under, ikke én verdi",
                "{field} må ha felta sine på linjene under, ikkje éin verdi",
                "{field} must hold its fields on the lines below it, not one value";
        }
        /// {field} must be a list
        TypeArray = "DM002" "type-array" [field] {
            message: "{field} må være en liste, ett punkt per linje som starter med `-`",
                "{field} må vere ei liste, eitt punkt per linje som byrjar med `-`",
                "{field} must be a list, one item per line starting with `-`";
        }
        /// {field} must be empty
        TypeNull = "DM002" "type-null" [field] {
            message: "{field} må være tom",
                "{field} må vere tom",
                "{field} must be empty";
        }
        /// put the value in quotes to make it text
        QuoteText = "DM002" "quote-text" [] {
            help: "sett verdien i anførselstegn for å gjøre den til tekst",
                "set verdien i hermeteikn for å gjere han til tekst",
                "put the value in quotes to make it text";
        }
        /// {field} must be one of its fixed values
        Enum = "DM002" "enum" [field] {
            message: "{field} må være en av de faste verdiene",
                "{field} må vere ein av dei faste verdiane",
                "{field} must be one of its fixed values";
        }
        /// write one of these: {values}
        EnumValues = "DM002" "enum-values" [values] {
            help: "skriv en av disse: {values}",
                "skriv ein av desse: {values}",
                "write one of these: {values}";
        }
        /// write `{value}` ({meaning}) in lowercase
        Lowercase = "DM002" "lowercase" [value, meaning] {
            help: "skriv `{value}` ({meaning}) med små bokstaver",
                "skriv `{value}` ({meaning}) med små bokstavar",
                "write `{value}` ({meaning}) in lowercase";
        }
        /// {field} must be at least {limit}
        Minimum = "DM002" "minimum" [field, limit] {
            message: "{field} må være minst {limit}",
                "{field} må vere minst {limit}",
                "{field} must be at least {limit}";
        }
        /// {field} can be at most {limit}
        Maximum = "DM002" "maximum" [field, limit] {
            message: "{field} kan være høyst {limit}",
                "{field} kan vere høgst {limit}",
                "{field} can be at most {limit}";
        }
        /// {field} must be `{value}`
        Const = "DM002" "const" [field, value] {
            message: "{field} må være `{value}`",
                "{field} må vere `{value}`",
                "{field} must be `{value}`";
        }
        /// {field} must be an organisation number: 9 digits
        OrganisationNumber = "DM002" "organisation-number" [field] {
            message: "{field} må være et organisasjonsnummer: 9 siffer",
                "{field} må vere eit organisasjonsnummer: 9 siffer",
                "{field} must be an organisation number: 9 digits";
            help: "skriv de 9 sifrene uten mellomrom, i anførselstegn, som i Enhetsregisteret: \"974760673\"",
                "skriv dei 9 sifra utan mellomrom, i hermeteikn, som i Einingsregisteret: \"974760673\"",
                "write the 9 digits without spaces, in quotes, as in the register: \"974760673\"";
        }
        /// {field} must be an e-mail address
        Email = "DM002" "email" [field] {
            message: "{field} må være en e-postadresse",
                "{field} må vere ei e-postadresse",
                "{field} must be an e-mail address";
            help: "skriv adressen med én @ og uten mellomrom, for eksempel ola.hansen@firma.no",
                "skriv adressa med éin @ og utan mellomrom, til dømes ola.hansen@firma.no",
                "write the address with one @ and no spaces, for example ola.hansen@firma.no";
        }
        /// the identity number is never stored in a document; it is given to `dialogmote export`
        IdentityKey = "DM002" "identity-key" [] {
            message: "fødselsnummeret lagres aldri i et dokument",
                "fødselsnummeret blir aldri lagra i eit dokument",
                "the identity number is never stored in a document";
            help: "ta bort feltet: fødselsnummeret eller D-nummeret lagres aldri i referatet eller planen; gi det til `dialogmote export` (`--employee-id-file`) når planen skal til NAV",
                "ta bort feltet: fødselsnummeret eller D-nummeret blir aldri lagra i referatet eller planen; gi det til `dialogmote export` (`--employee-id-file`) når planen skal til NAV",
                "remove the field: the identity number (fødselsnummer or D-nummer) is never stored in the minutes or the plan; give it to `dialogmote export` (`--employee-id-file`) when the plan goes to NAV";
        }
        /// {field} does not fit the format
        Other = "DM002" "other" [field] {
            message: "{field} passer ikke med formatet",
                "{field} passar ikkje med formatet",
                "{field} does not fit the format";
        }
        // DM003 unsupported-format
        /// `format` is missing; the document must start with `format: {format}`
        Missing = "DM003" "missing" [format, plan_format] {
            message: "`format` mangler; dokumentet må starte med `format: {format}` (et referat) eller `format: {plan_format}` (en oppfølgingsplan)",
                "`format` manglar; dokumentet må byrje med `format: {format}` (eit referat) eller `format: {plan_format}` (ein oppfølgingsplan)",
                "`format` is missing; the document must start with `format: {format}` (minutes) or `format: {plan_format}` (a follow-up plan)";
            help: "skriv `format: {format}` øverst i et referat, eller `format: {plan_format}` øverst i en oppfølgingsplan; ingen andre kontroller er gjort",
                "skriv `format: {format}` øvst i eit referat, eller `format: {plan_format}` øvst i ein oppfølgingsplan; ingenting anna er kontrollert",
                "write `format: {format}` at the top of minutes, or `format: {plan_format}` at the top of a follow-up plan; nothing else was checked";
        }
        /// unsupported format; this tool reads `{format}` and `{plan_format}`
        Unsupported = "DM003" "unsupported" [format, plan_format] {
            message: "formatet støttes ikke; dette verktøyet leser `{format}` (referat) og `{plan_format}` (oppfølgingsplan)",
                "formatet er ikkje støtta; dette verktøyet les `{format}` (referat) og `{plan_format}` (oppfølgingsplan)",
                "unsupported format; this tool reads `{format}` (minutes) and `{plan_format}` (follow-up plans)";
            help: "skriv `format: {format}` øverst i et referat, eller `format: {plan_format}` øverst i en oppfølgingsplan; ingen andre kontroller er gjort",
                "skriv `format: {format}` øvst i eit referat, eller `format: {plan_format}` øvst i ein oppfølgingsplan; ingenting anna er kontrollert",
                "write `format: {format}` at the top of minutes, or `format: {plan_format}` at the top of a follow-up plan; nothing else was checked";
        }
        // DM004 input-limit
        /// {more} more findings were left out; the limit is {max} findings per file
        Cap = "DM004" "cap" [max, more] {
            message: "{more} funn til er utelatt; grensen er {max} funn per fil",
                "{more} funn til er utelatne; grensa er {max} funn per fil",
                "{more} more findings were left out; the limit is {max} findings per file";
            help: "rett funnene over og kjør på nytt, eller øk `limits.max_findings` i `dialogmote.yaml`",
                "rett opp funna over og køyr på nytt, eller auk `limits.max_findings` i `dialogmote.yaml`",
                "fix the findings above and run again, or raise `limits.max_findings` in `dialogmote.yaml`";
        }
        /// the document is {size} bytes; the limit is {max} bytes
        TooLarge = "DM004" "too-large" [max, size] {
            message: "dokumentet er {size} byte; grensen er {max} byte",
                "dokumentet er {size} byte; grensa er {max} byte",
                "the document is {size} bytes; the limit is {max} bytes";
            help: "del opp dokumentet eller øk grensen i konfigurasjonen (`limits`)",
                "del opp dokumentet eller auk grensa i konfigurasjonen (`limits`)",
                "split the document or raise the limit in the configuration (`limits`)";
        }
        /// the document is nested deeper than {max} levels
        TooDeep = "DM004" "too-deep" [max] {
            message: "dokumentet er nøstet dypere enn {max} nivåer",
                "dokumentet er nøsta djupare enn {max} nivå",
                "the document is nested deeper than {max} levels";
            help: "del opp dokumentet eller øk grensen i konfigurasjonen (`limits`)",
                "del opp dokumentet eller auk grensa i konfigurasjonen (`limits`)",
                "split the document or raise the limit in the configuration (`limits`)";
        }
        /// the document has more than {max} nodes
        TooManyNodes = "DM004" "too-many-nodes" [max] {
            message: "dokumentet har mer enn {max} noder",
                "dokumentet har meir enn {max} nodar",
                "the document has more than {max} nodes";
            help: "del opp dokumentet eller øk grensen i konfigurasjonen (`limits`)",
                "del opp dokumentet eller auk grensa i konfigurasjonen (`limits`)",
                "split the document or raise the limit in the configuration (`limits`)";
        }
        /// aliases expand the document by more than {max} nodes
        TooManyAliasNodes = "DM004" "too-many-alias-nodes" [max] {
            message: "aliaser utvider dokumentet med mer enn {max} noder",
                "alias utvidar dokumentet med meir enn {max} nodar",
                "aliases expand the document by more than {max} nodes";
            help: "del opp dokumentet eller øk grensen i konfigurasjonen (`limits`)",
                "del opp dokumentet eller auk grensa i konfigurasjonen (`limits`)",
                "split the document or raise the limit in the configuration (`limits`)";
        }
        /// the rule `{code}` exceeded the evaluation budget for the document ({steps} steps) and was stopped; its findings may be incomplete
        BudgetRule = "DM004" "budget-rule" [code, steps] {
            message: "regelen `{code}` gikk over evalueringsbudsjettet for dokumentet ({steps} steg) og ble stoppet; funnene fra den kan være ufullstendige",
                "regelen `{code}` gjekk over evalueringsbudsjettet for dokumentet ({steps} steg) og vart stoppa; funna frå han kan vere ufullstendige",
                "the rule `{code}` exceeded the evaluation budget for the document ({steps} steps) and was stopped; its findings may be incomplete";
            help: "forenkle regelen: unngå `some`, `every` og `count` over `/**` inne i hverandre eller i `for_each`; de innebygde reglene bruker langt mindre",
                "gjer regelen enklare: unngå `some`, `every` og `count` over `/**` inne i kvarandre eller i `for_each`; dei innebygde reglane brukar langt mindre",
                "simplify the rule: avoid `some`, `every` and `count` over `/**` nested in each other or in `for_each`; the built-in rules use far less";
        }
        /// the rule `{code}` exceeded the evaluation budget for the document ({steps} steps for all rules) and was stopped; its findings may be incomplete
        BudgetAllRules = "DM004" "budget-all-rules" [code, steps] {
            message: "regelen `{code}` gikk over evalueringsbudsjettet for dokumentet ({steps} steg for alle reglene) og ble stoppet; funnene fra den kan være ufullstendige",
                "regelen `{code}` gjekk over evalueringsbudsjettet for dokumentet ({steps} steg for alle reglane) og vart stoppa; funna frå han kan vere ufullstendige",
                "the rule `{code}` exceeded the evaluation budget for the document ({steps} steps for all rules) and was stopped; its findings may be incomplete";
            help: "forenkle regelen: unngå `some`, `every` og `count` over `/**` inne i hverandre eller i `for_each`; de innebygde reglene bruker langt mindre",
                "gjer regelen enklare: unngå `some`, `every` og `count` over `/**` inne i kvarandre eller i `for_each`; dei innebygde reglane brukar langt mindre",
                "simplify the rule: avoid `some`, `every` and `count` over `/**` nested in each other or in `for_each`; the built-in rules use far less";
        }
        /// the rule `{code}` exceeded the evaluation budget for the document ({max} findings) and was stopped; its findings may be incomplete
        BudgetFindings = "DM004" "budget-findings" [code, max] {
            message: "regelen `{code}` gikk over evalueringsbudsjettet for dokumentet ({max} funn) og ble stoppet; funnene fra den kan være ufullstendige",
                "regelen `{code}` gjekk over evalueringsbudsjettet for dokumentet ({max} funn) og vart stoppa; funna frå han kan vere ufullstendige",
                "the rule `{code}` exceeded the evaluation budget for the document ({max} findings) and was stopped; its findings may be incomplete";
            help: "forenkle regelen: unngå `some`, `every` og `count` over `/**` inne i hverandre eller i `for_each`; de innebygde reglene bruker langt mindre",
                "gjer regelen enklare: unngå `some`, `every` og `count` over `/**` inne i kvarandre eller i `for_each`; dei innebygde reglane brukar langt mindre",
                "simplify the rule: avoid `some`, `every` and `count` over `/**` nested in each other or in `for_each`; the built-in rules use far less";
        }
        // DM005 suppression-invalid
        /// the suppression has no reason
        MissingReason = "DM005" "missing-reason" [] {
            message: "undertrykkingen mangler begrunnelse",
                "undertrykkinga manglar grunngjeving",
                "the suppression has no reason";
            help: "skriv begrunnelsen etter `--`, for eksempel `# dialogmote: ignore DM508 -- eieren er ekstern konsulent`",
                "skriv grunngjevinga etter `--`, til dømes `# dialogmote: ignore DM508 -- eigaren er ekstern konsulent`",
                "write the reason after `--`, for example `# dialogmote: ignore DM508 -- the owner is an external consultant`";
        }
        /// the suppression names a rule code that does not exist, or none
        BadCode = "DM005" "bad-code" [] {
            message: "undertrykkingen nevner en regelkode som ikke finnes, eller ingen kode",
                "undertrykkinga nemner ein regelkode som ikkje finst, eller ingen kode",
                "the suppression names a rule code that does not exist, or none";
            help: "skriv kodene som `DM508` eller `DM508, DM504`, så `--` og begrunnelsen",
                "skriv kodane som `DM508` eller `DM508, DM504`, så `--` og grunngjevinga",
                "write codes like `DM508` or `DM508, DM504`, then `--` and the reason";
        }
        /// `{code}` cannot be suppressed: the finding means that the document was not checked
        NotSuppressible = "DM005" "not-suppressible" [code] {
            message: "`{code}` kan ikke undertrykkes: funnet betyr at dokumentet ikke ble kontrollert",
                "`{code}` kan ikkje undertrykkjast: funnet tyder at dokumentet ikkje vart kontrollert",
                "`{code}` cannot be suppressed: the finding means that the document was not checked";
            help: "rett feilen i stedet (YAML-syntaksen, `format` eller størrelsen); DM001, DM003 og DM004 kan aldri undertrykkes, og undertrykkingen skjuler ingenting",
                "rett feilen i staden (YAML-syntaksen, `format` eller storleiken); DM001, DM003 og DM004 kan aldri undertrykkjast, og denne undertrykkinga skjuler ingenting",
                "fix the problem instead (the YAML syntax, `format` or the size); DM001, DM003 and DM004 can never be suppressed, and this suppression hides nothing";
        }
        // DM006 suppression-unused
        /// the suppression suppresses nothing
        Unused = "DM006" "unused" [] {
            message: "undertrykkingen skjuler ingen funn",
                "undertrykkinga skjuler ingen funn",
                "the suppression suppresses nothing";
            help: "fjern den, eller rett koden eller plasseringen (samme linje eller linjen over funnet)",
                "fjern undertrykkinga, eller rett koden eller plasseringa (same linje som funnet eller linja over)",
                "remove it, or fix its code or place (the finding's line or the line above)";
        }
    }
}

impl EngineText {
    /// The rule code whose findings say it.
    pub(crate) fn code(self) -> &'static str {
        self.entry().group
    }

    /// The message and advice with `args` filled in.
    pub(crate) fn fill(self, args: &[(&str, &str)]) -> super::Message {
        self.entry().fill(args)
    }

    /// The message and advice with `args` filled in, each in its own
    /// language.
    pub(crate) fn fill_each(self, args: &[(&str, &super::Text)]) -> super::Message {
        self.entry().fill_each(args)
    }
}
