/**
 * The crisis-word rules of each shipped language, read by crisis-words.ts. Pure data: no Lit.
 *
 * A rule is a regular expression over folded text (crisis-words.ts `prepare`: lower case, Latin
 * accents dropped, Arabic letter forms merged, Traditional Chinese folded to Simplified for the
 * few characters used here, punctuation gone, words one space apart, `|` between sentences).
 * `{NAME}` inserts a slot of the language (`(?:a|b|c)`): a subject or wish slot combines with a
 * danger phrase, so "my son wants to kill himself" and "I want to kill myself" are one rule.
 * `{W}` is one word, `{G}` up to two words in between.
 *
 * Idioms ("dying to try", "me muero de hambre", "笑死") are masked before the rules run, so a
 * danger phrase inside them never matches. Words in `fuzzy` (Latin and Cyrillic, 5+ letters) also
 * match one typing slip away; `guard` lists real words that must not be read as a slip.
 *
 * Written by the team, not yet reviewed by native speakers (see docs/safety.md).
 */

export interface LanguageRules {
  /** How a rule meets the text around it: whole words, Arabic (clitic prefixes allowed), or anywhere (Chinese, Korean). */
  bound: 'word' | 'ar' | 'none';
  slots?: Record<string, string>;
  rules: Record<string, string>;
  idioms?: string[];
  fuzzy?: string[];
  guard?: string[];
  /**
   * Vietnamese without tone marks is ambiguous ("tu tu" is "tự tử", suicide, and "từ từ", slowly):
   * when the text has tone marks, these rules must also match the marked words.
   */
  marked?: Record<string, string>;
  /** Rules that apply only to text typed with Vietnamese tone marks (run on the marked text). */
  onlyMarked?: Record<string, string>;
}

const en: LanguageRules = {
  bound: 'word',
  slots: {
    SELF: 'myself|my self|meself|mself|himself|him self|herself|her self|themselves|themself|them self|theirself|theirselves|ourselves',
    POSS: 'my|his|her|their|our',
    WISHFOR: 'should|should just|want|wants|wanted|wanting|wanna|wana|wan|wont|ready|deserve|deserves|plan|plans|planning|planned|trying|tryna|try|tried|hope|hopes|hoping|pray|prays|praying|wish|wishes|wishing|wished|longing|would like|need|needs|just want',
    DIE: 'disappear(?= ?$| \\|)|die|be dead|not be alive|not be here anymore|not exist|stop existing|not wake up|never wake up|disappear forever|not be around anymore',
    HARMVERB:
      'kill|kil|killing|killin|killed|kills|murder|murdering|shoot|shooting|shot|shoots|hang|hanging|hanged|hangs|hung|drown|drowning|drowned|poison|poisoning|poisoned|off|offing|offed|stab|stabbing|stabbed|burn|burning|burned|burnt|cut|cutting|cuts|cuttin|hurt|hurting|hurts|harm|harming|harmed|harms|injure|injuring|injured|starve|starving|strangle|strangling|suffocate|suffocating|unalive|unaliving',
    NEGWANT: 'dont|do not|doesnt|does not|didnt|did not|dnt|no longer|never|not',
    PILLS: 'pills|pill|meds|medication|medications|medicine|tablets|sleeping pills|painkillers|pain killers|tylenol|insulin',
  },
  rules: {
    suicide: 'suicid\\p{L}*|sewer slide|self ?delet\\p{L}*|unaliv\\p{L}*|un alive|kms|kmself|kmsl',
    'harm-self': '{HARMVERB} {SELF}',
    'self-harm': 'self ?(?:harm|injur|mutilat)\\p{L}*',
    'end-life': '(?:end|ending|ended|ends|take|taking|took|takes|taken) (?:{POSS} )?(?:own )?(?:life|lives)(?! (?:back|more|seriously|in|into|to|for|over|and|one|a|by)(?= ))',
    'end-it': '(?:{WISHFOR}|going|gonna|should|ready) (?:to )?(?:just )?end it(?! (?:with|between|for|on|at|early|here|there|off)(?= ))',
    'feel-like': 'feel(?:s|ing)? like (?:dying|dieing|killing (?:{SELF})|ending it|ending (?:{POSS}) life|not being alive|not existing)',
    'all-end': '(?:want|wants|wanna|need|needs|wish) (?:it all|everything|(?:{POSS}) life|life|it) to (?:end|be over|stop)(?= ?$| \\|| forever| for good| now| already)',
    'keeps-cutting': '(?:been|is|keeps|kept|started|start|starts|stop|stopped|still) cutting(?= ?$| \\|| again| on (?:{POSS}) (?:arms?|legs?|wrists?|thighs?|skin))',
    'ends-it': '(?:i|he|she|they|im|hes|shes|theyre) (?:{W} )?(?:ends?|ending|will end|gonna end|going to end) it(?= ?$| \\|| tonight| today| now| all| for good| forever)',
    'end-all': '(?:end|ending|ended) (?:it all|everything|things|it now|it tonight|it for good|it forever)',
    'want-die': '{WISHFOR}(?: to| 2| too)?(?: {W})? (?:{DIE}|dye(?= \\|| ?$| now| already| tonight| so bad| rn| fr| tbh| lol))',
    'wish-dead':
      'wish(?:es|ed|ing)? (?:i|he|she|they|id|hed|shed|theyd)(?: {W}){0,3} (?:die|died|dead|not wake up|not to wake up|never wake up|never woke up|didnt wake up|wouldnt wake up|not exist|didnt exist|wasnt alive|werent alive|wasnt here anymore|never been born|not been born|disappear)',
    'hope-die': 'hope(?:s|d)? (?:i|he|she|they) (?:just )?(?:die|dies|dont wake up|never wake up|doesnt wake up|wont wake up)',
    'not-live':
      '{NEGWANT} (?:want|wanna|wish|feel like)(?: to)? (?:live|living|be alive|exist|wake up|go on living|keep living|be on this earth|be (?:here|around|alive) (?:anymore|any more|no more|no longer))(?! (?:in|with|at(?! all)|near|here|there|by|on|alone|together|abroad|far|close)(?= ))',
    'no-reason': '(?:no|any) (?:reason|point|will|reasons) (?:to|in|for) (?:live|living|go on|be alive|stay alive|keep going)|nothing (?:left )?to live for|(?:dont|do not|cant|can not|cannot|no longer) see (?:the|any) point (?:in|of) (?:living|life|being alive|going on)|whats the point (?:of|in) (?:living|being alive)|lost the will to live|(?:tired|sick) of (?:living|being alive|life)|done with (?:life|living)|(?:cant|cannot|can not) (?:go on|keep) living',
    'better-off': 'better off (?:dead|gone|not here|not around|not alive)|better off (?:without|if i was gone|if i were gone) (?:me|him|her|them)?|(?:would|will|be) better (?:off )?(?:without me|if i (?:was|were) (?:dead|gone))|better off if (?:i|he|she) (?:was|were) (?:dead|gone)|(?:would|will|be) (?:better|happier|better off)(?: {W}){0,2} (?:if|when) i (?:just )?(?:died|disappeared|was gone|were gone|wasnt here|wasnt around|killed myself)',
    'go-on': '(?:cant|cannot|can not|can) (?:go on|keep going|keep living|go on living)(?: anymore| any more| no more| like this)',
    'sleep-forever': '(?:sleep|asleep|fall asleep|go to sleep)(?: and)? (?:forever|never wake up|not wake up|not to wake up|never to wake up)',
    'not-worth': '(?:isnt|is not|not|aint|no longer|wasnt) worth living',
    'miss-me': '(?:no one|nobody|noone) (?:would|will|wd|wld) (?:miss|care|notice)(?: {W}){0,3} (?:if|when) (?:i|he|she|they) (?:died|was gone|were gone|disappeared|was dead|were dead|killed)',
    'thoughts-death': '(?:thinking|think|thought|thoughts|thinks) (?:about|of) (?:death|dying|ending it|ending things|not existing|not being alive|not waking up)',
    overdose: 'overdos\\p{L}*|(?:od|odd|oded|oding|{PILLS}) on purpose|on purpose (?:od|odd|overdosed|took)',
    'pills-all':
      '(?:took|take|taking|takes|swallowed|swallow|swallowing|ate|eat|down|downed) (?:a bunch of|a lot of|too many|lots of|the whole bottle of|a whole bottle of|a bottle of|a handful of|handfuls of|all (?:of )?(?:{POSS}|the|those|these)) (?:{W} )?(?:{PILLS})(?= (?:at once|on purpose|tonight|to die|so i|so he|so she|to end))',
    'pills-many': '(?:took|swallowed|downed|ate|taken) (?:a bunch of|too many|a lot of|lots of|a handful of|handfuls of|a whole bottle of|the whole bottle of|a bottle of) (?:{W} )?(?:{PILLS})',
    jump: 'jump(?:ing|ed|s)? (?:off|from|in front of|infront of|under) (?:a |the |my |his |her |our |this )?(?:bridge|building|roof|rooftop|balcony|cliff|train|car|bus|truck|window|tower|ledge|overpass|parking garage)',
    wrists: '(?:slit|slitting|slash|slashing|cut|cutting) (?:{POSS}) (?:wrists?|throat)',
    kys: 'kys',
    'how-to': 'how (?:to|do you|do i|can i|can you|would i|should i) (?:kill|hang|off|end) (?:yourself|myself|your life|my life)',
  },
  idioms: [
    'dying (?:to|for) {W}',
    'to die for',
    '(?:kill|killing|killed) (?:some )?time',
    '(?:could|would) kill for',
    'kill\\p{L}* (?:{SELF}) laughing',
    'killing (?:{SELF}) (?:to (?:finish|get|make|meet|pay|keep|study|pass|work)|at work|laughing|trying to|working|over (?:this|work))',
    '(?:die|died|dying) (?:of )?(?:laughing|laughter|embarrassment|boredom)',
    '(?:political|career|social|professional|commercial|electoral|fashion) suicide',
    'suicide (?:prevention|awareness|squad|doors?|sprints?|runs?|drills?|bomb\\p{L}*|attacks?|king|note app)',
    'suicidal tendencies',
    'suicide (?:rates?|statistics|data|research|studies|study|numbers)',
    'die on (?:this|that|the) hill',
    'overdos\\p{L}* (?:prevention|awareness|training|kit|reversal|response|deaths|crisis|epidemic)',
    'overdos\\p{L}* (?:on|of) (?:sugar|candy|caffeine|coffee|chocolate|netflix|tv|sun|cuteness|carbs|love)',
    '(?:cut|cutting|cuts) (?:{SELF}) (?:a|an|some|off|loose|slack|short|in line|shaving|on (?:a|the|some|glass|paper)|while|by accident|accidentally)',
    '(?:accidentally|accidently) (?:cut|burned|burnt|hurt|shot) (?:{SELF})',
    '(?:hurt|hurting|injured|injuring|burned|burnt|burning) (?:{SELF}) (?:playing|at (?:the )?(?:gym|work)|lifting|running|falling|skiing|cooking|on (?:the|a)|when|while|in (?:a|the) fall)',
    'fell and (?:hurt|injured) (?:{SELF})',
    'shot (?:{SELF}) in the foot',
    'if (?:{W} ){0,3}jump\\p{L}* off (?:a|the) bridge',
    'take (?:{POSS}) life back',
    'ending things (?:with|between)',
    'end things (?:with|between)',
    '(?:you|u|ya|yu|yall|go|pls|plz|please)(?: {W}){0,2} kys',
  ],
  fuzzy: ['suicide', 'suicidal', 'myself', 'himself', 'herself', 'themselves', 'themself', 'overdose', 'overdosed', 'overdosing', 'hanging', 'killing', 'cutting', 'harming', 'hurting', 'unalive', 'wrists', 'anymore'],
  guard: ['kilting', 'hunting', 'cutlings'],
};

const es: LanguageRules = {
  bound: 'word',
  slots: {
    WANT1: 'quiero|kiero|qiero|kero|quero|quisiera|kisiera|queria|keria|deseo|desearia|necesito|prefiero|preferiria|me gustaria|tengo ganas de|me dan ganas de|estoy pensando en|pienso en|he pensado en|pienso|intente|trate de|planeo|ya quiero',
    WANT3: 'quiere|kiere|qiere|quieres|quieren|queremos|quisiera|queria|quiso|desea|deseaba|tiene ganas de|le dan ganas de|esta pensando en|piensa en|ha pensado en|piensa|intento|trato de|planea|amenaza con|habla de',
    INTENT1: 'voy a|vo a|ire a|estoy por|estoy a punto de',
    INTENT3: 'va a|vas a|van a|ira a|esta por|esta a punto de',
    TIRAR:
      '(?:tirar|aventar|lanzar|arrojar)(?:me|se|te)? (?:de|del|desde|por|al|a la|bajo)(?: (?:un|una|el|la|los))? (?:puente|edificio|techo|azotea|balcon|ventana|piso|metro|tren|vacio|rio|barranco|acantilado|carro|camion)',
    KILLINF:
      'matar(?:me|se|nos)|suicidar(?:me|se|nos)|quitar(?:me|se|nos) la vida|acabar con (?:mi|su|tu|nuestra) (?:propia )?vida|ahorcar(?:me|se)|colgar(?:me|se)|cortar(?:me|se)(?! el| la| los| las| mi| su| tu| un| una)|envenenar(?:me|se)|hacer(?:me|se) dano|lastimar(?:me|se)|irme de este mundo|irse de este mundo|{TIRAR}',
    DIEINF: 'morir(?:me|se|nos)?|mori|morime|desaparecer para siempre|dejar de (?:vivir|existir)|no despertar(?:me|se)?|no existir|estar muert[oa]|no haber nacido',
    CLITICVERB: 'morir|mori|matar|mata|suicidar|ahorcar|colgar|envenenar|quitar la vida|ir de este mundo|hacer dano|lastimar|{TIRAR}',
    KILLVERB: 'matar|mata|suicidar|ahorcar|colgar|envenenar|quitar la vida|ir de este mundo|{TIRAR}',
    LIVE: 'vivir|seguir viviendo|seguir vivo|seguir viva|seguir con vida|estar vivo|estar viva|existir|despertar|despertarme|vivir mas',
    PILLS: 'pastillas|pildoras|medicinas|medicamentos|pastas',
  },
  rules: {
    suicide: 'suicid\\p{L}*|autolesi\\p{L}*',
    'want-kill': '(?:{WANT1}|{WANT3}|{INTENT1}|{INTENT3})(?: {W}){0,2} (?:{KILLINF})',
    'want-die': '(?:{WANT1}|{WANT3})(?: {W}){0,2} (?:{DIEINF})',
    'clitic-1': 'me (?:ya )?(?:{WANT1}) (?:{W} )?(?:{CLITICVERB})',
    'clitic-1-intent': 'me (?:ya )?(?:{INTENT1}) (?:{W} )?(?:{KILLVERB})',
    'clitic-3': 'se (?:ya )?(?:{WANT3}|{INTENT3}) (?:{W} )?(?:{CLITICVERB})',
    'clitic-2': 'te (?:quieres|vas a|piensas) (?:{KILLVERB})',
    'kill-self': '(?:matarme|matarse|suicidarme|suicidarse|quitarme la vida|quitarse la vida|ahorcarme|ahorcarse|se mato|se suicido|se ahorco|me ahorco)',
    'end-life': '(?:acabar|acabo|acabe|terminar|termino) con (?:mi|su) (?:propia )?vida',
    'not-live':
      'no (?:{W} )?(?:{WANT1}|{WANT3}|tengo|tiene) (?:{W} )?(?:{LIVE})(?! (?:aqui|ahi|alli|alla|en|con|cerca|lejos|juntos|juntas|solo|sola|de|por|al|del|a|bien|mejor|sano|sana|feliz|tranquil\\p{L}*|temprano|tarde|tan|otra|antes)(?= ))|no (?:puedo|puede|podemos) (?:seguir viviendo|vivir asi|seguir asi|seguir con vida)',
    'think-death': '(?:pienso|piensa|pensando|pensar|penso|pense|pensamientos|pensamiento|ideas) (?:en|de) (?:la muerte|morir\\p{L}*|matar(?:me|se)|suicid\\p{L}*|quitar(?:me|se) la vida)',
    'clitic-cut': 'me (?:{WANT1}) cortar|se (?:{WANT3}) cortar',
    'better-dead': 'mejor (?:es |seria |sera |estaria )?(?:me muero|morir\\p{L}*|me mato|matarme|me suicido|me quito la vida)',
    'end-all': '(?:acabar|terminar|acabo|termino|acabe) con todo(?= ?$| \\|| ya| de una vez| para siempre)',
    'cant-bear': 'no (?:aguanto|soporto|aguanta|soporta) (?:mas )?(?:la|esta|mi|su) vida',
    'not-here': 'ya no (?:quiero|quiere|queria|kiero) estar (?:aqui|aca|en este mundo)',
    'no-reason': '(?:no tengo|no tiene|no hay|sin) (?:razon|razones|motivo|motivos|sentido|ganas|fuerzas) (?:para|de) (?:vivir|seguir viviendo|seguir con vida)|no (?:le )?(?:encuentro|encuentra|veo|ve) (?:sentido|razon) (?:a la vida|a vivir|para vivir)|no vale la pena vivir|(?:cansad[oa]|harto|harta) de vivir',
    'wish-dead':
      'ojala (?:{W} ){0,2}(?:me muera|me muriera|muriera|muera|muerta|muerto|no despert\\p{L}*|no existiera|no hubiera nacido|desapare\\p{L}*)|(?:estaria|estarian|estarias|seria|estariamos) mejor muert[oa]s?|mejor (?:estar )?muert[oa]s?(?! de)',
    cutting:
      '(?:me|se|te) (?:corto|corta|cortas|corte|cortaba|cortaban|esta cortando|estoy cortando|sigue cortando|ha estado cortando|he estado cortando|han estado cortando)(?: (?:otra vez|de nuevo|los brazos|las piernas|las venas|las munecas|la muneca|el brazo|la piel|a proposito))|cortar(?:me|se) (?:las venas|los brazos|las munecas|la piel)',
    'harm-self': '(?:me hago|hacerme|hacerse|se hace|se hizo|me hice|se esta haciendo|me estoy haciendo) dano(?: a (?:mi|si) mism[oa])?(?= |$)(?!(?: {W})? (?:en|con|al|el|la|los|las|jugando|corriendo))|(?:dano|lastim\\p{L}*|cort\\p{L}*|golpe\\p{L}*|hiere|hiero|herir\\p{L}*) a (?:mi|si) mism[oa]',
    overdose: 'sobre ?dosis|(?:{PILLS}|sobredosis) a proposito|a proposito (?:{PILLS}|sobredosis)',
    pills: '(?:tom\\p{L}*|trag\\p{L}*) (?:un monton de|muchisimas|un puno de|todo el (?:frasco|bote) de|un frasco de|todas las) (?:{PILLS})(?: {W}){0,2} (?:a proposito|para morir\\p{L}*|para matar\\p{L}*|de golpe|de una vez)',
  },
  idioms: [
    '(?:me|se|te|nos)? ?(?:muero|muere|mueres|morimos|morir|morirme|morirse|moria|muriendo|muerto|muerta|muertos|muertas|mori|murio|moriria) (?:de|por) (?:la |el )?(?:hambre|risa|sueno|ganas|frio|calor|verguenza|envidia|amor|cansancio|aburrimiento|miedo|sed|pena|susto|celos|curiosidad|nervios|tristeza|alegria|gusto|emocion|felicidad|placer|orgullo|ternura|asco|dolor|ver\\p{L}*|saber\\p{L}*|conocer\\p{L}*|ir\\p{L}*|comer\\p{L}*)',
    'para morirse',
    '(?:me|se|te|nos) (?:mato|mata|matas|matan|matamos|mate|mataba|estoy matando|esta matando) (?:{W} )?(?:trabajando|estudiando|corriendo|entrenando|haciendo\\p{L}*|en el trabajo|a trabajar|de risa|en (?:un|el) accidente)',
    '(?:tasa|tasas|estadisticas?|indices?|cifras) de suicidio',
    'matar (?:el|las?) (?:tiempo|horas|rato|ratos)',
    'matar (?:dos pajaros|el hambre|la sed|el gusanito)',
    '(?:me|nos) (?:va|van|vas) a matar(?! me)',
    '(?:me|nos) (?:esta|estan|estas) matando',
    'me mat\\p{L}* (?:de )?(?:risa|susto|hambre)',
    'matarte (?:de|a) (?:un )?(?:abrazo|besos|cosquillas|risa)',
    'cort\\p{L}* (?:el|los|la|las|mi|su|tu) (?:pelo|cabello|flequillo|barba|unas|fleco|pelito|puntas|bigote|cesped|pasto)',
    '(?:prevencion|prevenir|prevenimos|prevencion de|prevencion del) (?:el |del |de )?suicidio',
    'suicidio asistido',
    'sobredosis de (?:azucar|cafe|amor|series|chocolate|dulces|informacion)',
  ],
  fuzzy: [
    'morir', 'morirme', 'morirse', 'matarme', 'matarse', 'suicidio', 'suicidarme', 'suicidarse', 'suicidar', 'quitarme', 'quitarse',
    'quiero', 'quiere', 'vivir', 'viviendo', 'ahorcarme', 'ahorcarse', 'cortarme', 'cortarse', 'lastimarme', 'lastimarse', 'sobredosis',
    'pastillas', 'despertar', 'muerto', 'muerta',
  ],
  guard: [
    'matarte', 'matarle', 'matarlo', 'matarla', 'matarlos', 'matarlas', 'morirte', 'quitarte', 'quitarle', 'quitarlo', 'quitarla', 'cortarte',
    'cortarle', 'cortarlo', 'cortarla', 'lastimarte', 'lastimarlo', 'lastimarla', 'lastimarle', 'muerte', 'muertos', 'muertas', 'quiera',
    'muero', 'muere', 'muera', 'mueren', 'moria', 'morira', 'moriria',
  ],
};

const tl: LanguageRules = {
  bound: 'word',
  slots: {
    WANT: 'gusto|gustong|gustuhin|ginusto|nais|naisin|parang gusto|sana|gustong gusto|balak|binabalak|nagbabalak|iniisip|naiisip|pinag iisipan|plano|planong',
    DIE: 'mamatay|mamatey|mamatai|mag die|mag suicide|mawala na|mawala sa mundo|mawala nang tuluyan|mawala(?= ?$| \\|| na lang| nalang| ng tuluyan)|maglaho|tapusin ang buhay|wakasan ang buhay|patayin ang sarili|saktan ang sarili|magbigti|maglaslas|tumalon sa tulay',
    NOTWANT: 'ayoko|ayaw|ayokong|ayaw ko|ayaw kong|di ko na gusto|hindi ko na gusto|ayaw na',
  },
  rules: {
    suicide: '(?:mag|nag|pag|magpa|nagpa|pagpa|ipag|ma|na|i)?(?:pakamatay|bigti|bibigti|laslas|lalaslas)\\p{L}*',
    'want-die': '(?:{WANT})(?: {W}){0,3} (?:{DIE})',
    'not-live': '(?:{NOTWANT})(?: {W}){0,4} (?:mabuhay|buhayin)',
    'die-now': 'mamatay na (?:lang )?(?:ako|siya|sya|kami|sila|ko)|mamatay na lang',
    'harm-self': '(?:sakta|saktan|sinasaktan|sinaktan|masaktan|nanakit|sasaktan|pinapatay|patayin|papatayin|pinatay|wakasan|tapusin)(?: {W}){0,3} (?:ang|ng|sa) sarili',
    'end-life': '(?:wakasan|tapusin|tatapusin|wawakasan|tinapos|winakasan)(?: {W}){0,2} (?:ang|ng) buhay',
    'no-reason': 'wala (?:nang|ng|na) (?:saysay|silbi|kwenta|kuwenta|dahilan) (?:ang |para )?(?:buhay|mabuhay)',
    tired: 'pagod na (?:akong|ako|siyang|syang|siya|sya|kaming|silang) (?:mabuhay|mabuhay pa)',
    'not-wake': '(?:sana|gusto|matulog|makatulog|tulog)(?: {W}){0,4} (?:hindi|di) na (?:ako |siya |sya |kami |sila )?(?:magising|gumising|magigising)',
    'done-life': '(?:ayoko|ayaw ko|suko|sawa|pagod) na (?:ako |siya |sya )?(?:sa|ng) (?:buhay|mundo)(?= ?$| \\|| ko| na ito| ito| niya| nya| namin)|(?:sumuko|susuko|suko|bumitaw|bibitaw) (?:na )?(?:ako |siya |sya )?sa buhay',
    'no-will': '(?:walang|wala na (?:akong|siyang|syang|ako|siya)|wala nang|wala akong|wala siyang) gana(?:ng)? (?:na )?mabuhay',
  },
  idioms: [
    '(?:mamamatay|namatay|mamatay|patay|namamatay|nakakamatay|ikamamatay)(?: na)?(?: ako| siya| sya| kami| ka)? sa (?:gutom|kakatawa|katatawa|tawa|inggit|kilig|hiya|pagod|init|lamig|kaba|selos|antok)',
    'patay gutom',
    'mamatay ka',
    'patay na patay',
    'mabuhay ang',
  ],
  fuzzy: ['mamatay', 'magpakamatay', 'mabuhay', 'sarili', 'saktan', 'patayin', 'magbigti', 'wakasan', 'tapusin', 'magising'],
};

const vi: LanguageRules = {
  bound: 'word',
  slots: {
    WANT: 'muon|mun|mong|nen|chi muon|that su muon|rat muon|dinh|tinh|toan|quyet dinh|co y dinh|y dinh|thu',
    NOT: 'khong|ko|k|kg|hong|hok|chang|cha|kh|hem|chẳng',
  },
  rules: {
    'suicide-context': '(?:muon|mun|dinh|nghi|nghi den|y dinh|toan|tinh|viec|chuyen|cach|doa|thu|vua|lai|da tung|co y|muon di) tu tu',
    suicide: 'tu sat',
    'want-die': '(?:{WANT})(?: {W})? chet',
    'die-done': 'chet (?:di|quach|phut) (?:cho )?(?:xong|roi)|chet cho (?:xong|roi)|chet quach',
    'not-live': '(?:{NOT})(?: {W})? (?:muon|thiet|con muon|con thiet) (?:song|ton tai|thuc day|tinh day)(?! (?:o|tai|voi|gan|chung|cung|mot minh|xa|khoe|lau|vui|tot|hanh phuc)(?= ))',
    'tired-life': '(?:toi|em|anh|chi|minh|tui|thay|cam thay|rat|that su|qua|bi|da|dang|nguoi|ba|me|bo|con|no|ong) chan (?:song|doi)|khong dang song|song khong co y nghia|song de lam gi|khong con ly do (?:de )?song',
    'end-life': 'ket lieu|(?:ket thuc|cham dut) (?:cuoc doi|cuoc song|doi minh|mang song|tat ca|moi thu|su song)',
    'harm-self': 'tu (?:lam )?(?:hai|dau|ton thuong) (?:ban than|minh|chinh minh)|tu lam hai|lam (?:hai|dau|ton thuong) (?:ban than|chinh minh)|gay hai cho ban than',
    cutting: '(?:rach|cua) (?:co )?tay|cat (?:co tay|tay)(?! ao)',
    jump: 'nhay lau|(?:{WANT}|nghi|doa) (?:{W} ){0,2}nhay (?:cau|song|xuong)',
    hanging: 'treo co',
    pills: 'qua lieu|uong (?:ca |het |nhieu |mot )?(?:lo |vi |hop |nam )?thuoc (?:ngu|chuot|tru sau|doc)(?: {W}){0,2} (?:de chet|de tu tu|cho chet|khong day|tu tu)|uong thuoc (?:chuot|tru sau|doc)|uong het (?:ca )?(?:lo|vi|hop) thuoc',
    'thoughts-death': '(?:nghi|suy nghi) (?:den|ve|toi) (?:cai chet|viec chet|chuyen chet|ket thuc cuoc doi)',
    'wish-gone': '(?:muon|mong|uoc|uoc gi)(?: {W}){0,3} (?:bien mat|khong ton tai|khong bao gio tinh day|khong tinh day|khong thuc day|ngu mai khong day)',
  },
  onlyMarked: {
    'suicide-marked': 'tự tử|tự vẫn|tự sát|tự hại',
  },
  marked: {
    'suicide-context': 'tự tử',
    suicide: 'tự sát',
    'harm-self': 'tự (?:làm )?(?:hại|đau|tổn thương)|(?:hại|đau|tổn thương) (?:bản thân|chính mình)',
    hanging: 'treo cổ',
    cutting: '(?:rạch|cứa|cắt) (?:cổ )?tay',
    'end-life': 'kết liễu|kết thúc|chấm dứt',
  },
  idioms: [
    '(?:doi|cuoi|met|nong|lanh|ret|so|khat|ngua|them|thich|nho|vui|ngon|dep|xau ho|ngai|buon ngu|buon cuoi|tuc|buc|ghen|chan|ngu|dau bung)(?: qua| lam| oi)? muon chet',
    '(?:khong|ko|chang|k) muon chet',
    'so chet',
  ],
};

const ru: LanguageRules = {
  bound: 'word',
  slots: {
    WANT: 'хочу|хочет|хочешь|хотим|хотят|хочется|хотелось|хотел|хотела|хотели|хочеца|хочицца|хачу|хочю|хочеться|охота|желаю|желает|мечтаю|мечтает|собираюсь|собирается|думаю|думает|планирую|планирует|пытался|пыталась|пытаюсь|пытается|решил|решила|готов|готова|тянет|хотелось бы',
    DIE: 'умереть|умирать|помереть|сдохнуть|подохнуть|покончить с собой|покончить с жизнью|убить себя|убиться|повеситься|вешаться|застрелиться|утопиться|отравиться|выпилиться|не жить|не просыпаться|не проснуться|исчезнуть навсегда|уйти из жизни|наложить на себя руки|порезать себя|резать себя|вскрыть вены|порезать вены|наглотаться таблеток|навредить себе|причинить себе (?:вред|боль)|(?:выпрыгнуть|спрыгнуть|прыгнуть|броситься) (?:из окна|с крыши|с балкона|с моста|под поезд|под машину)',
    WANTFORM: 'хочу|хочет|хочется|хочешь|хотим|хотят|хотелось|хочеться|хачу|хочю|хотела|хотел|хочеца|охота',
  },
  rules: {
    suicide: 'суицид\\p{L}*|самоубийств\\p{L}*|самовыпил\\p{L}*',
    'want-die': '(?:{WANT})(?: {W}){0,2} (?:{DIE})',
    'kill-self':
      'поконч\\p{L}* (?:с|со) (?:собой|жизнью)|уб(?:ить|ью|ьет|ьешь|ил|ила|или|ивать|иваю|ивает|ьют) себя|убился|убилась|повес(?:ился|илась|ится|иться|ились)|повешусь|застрел(?:юсь|ился|илась|иться|ится)|утоп(?:люсь|иться|ился|илась)|отрав(?:люсь|иться|ился|илась)|выпил(?:юсь|иться|ился|илась|ится)',
    cutting:
      '(?:вскр|порез)\\p{L}* (?:себе )?вены|(?:режу|режет|режешь|резать|режут|резала|резал|порезала|порезал|порезать|порезала|режется) (?:себя|себе (?:руки|вены|запястья|ноги))',
    'harm-self': '(?:наношу|наносит|наносить|наносила|наносил|нанес|нанесла) себе (?:вред|порезы|травмы|раны|увечья)|(?:причиняю|причиняет|причинить|причинила|причинил) себе (?:вред|боль)|навред\\p{L}* себе',
    'end-life': 'св(?:ести|еду|едет|ел|ела)\\p{L}* сч[её]ты с жизнью|налож\\p{L}* на себя руки|уйти из жизни|уйду из жизни',
    'not-live': '(?:не|неохота|не охота) (?:{W} )?(?:{WANTFORM}) (?:{W} ){0,2}жить(?! (?:в|с|у|здесь|там|одн\\p{L}*|вместе|рядом|на|за|возле)(?= ))|жить (?:{W} )?не (?:{WANTFORM})(?! (?:в|с|у|здесь|там|одн\\p{L}*|вместе|рядом|на|за|возле)(?= ))',
    'thoughts': '(?:думаю|думает|думала|думал|мысли|думать|подумываю|подумывает) (?:о|об) (?:смерти|том чтобы умереть|том чтобы покончить\\p{L}*)',
    'no-reason': 'незачем жить|жить (?:больше )?(?:незачем|нет смысла)|нет смысла (?:жить|в жизни)|не вижу смысла (?:жить|в жизни)|смысла жить (?:нет|больше нет)|нет причин\\p{L}* жить|устал\\p{L}* жить|надоело жить',
    'better-dead': 'лучше бы (?:я|он|она|мне) (?:{W} )?(?:умер\\p{L}*|сдох\\p{L}*|не было|не родил\\p{L}*|не жил\\p{L}*|не просыпал\\p{L}*)|(?:будет|было бы|станет) лучше без (?:меня|него|нее)|чтобы меня не (?:было|стало)',
    overdose: 'передоз\\p{L}*|наглота\\p{L}*|(?:таблет\\p{L}*|лекарств\\p{L}*|снотворн\\p{L}*) (?:{W} )?(?:специально|нарочно|чтобы умереть|чтобы не проснуться)|(?:выпил\\p{L}*|съел\\p{L}*|принял\\p{L}*|выпить|принять|проглотил\\p{L}*) (?:пачку|горсть|кучу|упаковку|целую пачку|целую упаковку|банку) (?:таблеток|лекарств|снотворного)',
  },
  idioms: [
    '(?:умира\\p{L}*|умру|умер\\p{L}*|помира\\p{L}*|помру|сдохн\\p{L}*|сдыха\\p{L}*|подыха\\p{L}*) (?:от|со|с) (?:смеха|смеху|голода|скуки|жары|холода|усталости|любопытства|стыда|зависти|страха|тоски|сна|желания|нетерпения|счастья|ржача)',
    'умереть за',
    '(?:профилактик|предотвращени|предупреждени)\\p{L}* (?:суицид|самоубийств)\\p{L}*',
  ],
  fuzzy: [
    'умереть', 'умирать', 'покончить', 'собой', 'самоубийство', 'самоубийстве', 'самоубийства', 'повеситься', 'сдохнуть', 'хочется', 'таблеток',
    'суицид', 'суицида', 'суициде', 'суицидальные', 'застрелиться', 'отравиться',
  ],
  guard: ['покончил', 'покончила', 'хочешь'],
};

const zh: LanguageRules = {
  bound: 'none',
  rules: {
    'want-die': '想死|想去死|要去死|去死算了|死了算了|死了算|死掉算了|不如死了|死了(?:会)?(?:比较|更)?好|一死了之|想死掉|好想死|很想死',
    suicide: '自杀|自尽|轻生|寻死|想不开|自我了断|了结(?:自己|生命|此生)|一了百了',
    'not-live': '不想(?:再)?活|活不下去|不想(?:再)?活下去|活着(?:没有?|有什么)(?:意思|意义)|没有活下去的(?:理由|意义|勇气)|活够了|活着(?:好|太|真|很)?累',
    'end-life': '结束(?:自己的|我的|他的|她的)?生命|结束(?:这一切|一切)|(?:我|他|她)(?:真的|实在|快)?(?:撑|熬)不下去',
    cutting: '割腕|(?:割|划)(?:伤)?自己|割手|自残|伤害自己',
    jump: '跳楼|从[^|]{0,6}跳下去|跳河|跳桥|卧轨',
    hanging: '上吊|吊死自己',
    pills: '服毒|(?:喝|吃)农药|(?:吃|吞)(?:了)?(?:一整瓶|一瓶|很多|一堆|整瓶|大量)(?:的)?(?:安眠)?药|吃安眠药(?:自杀|去死)?|(?:吃|吞|喝)(?:药|安眠药|农药)(?:自杀|死掉|去死|死了算了)',
    'not-wake': '不想(?:再)?醒来|不要醒来|永远不要醒',
    cantonese: '唔想(?:再)?(?:生存|活|做人)|死咗算|冇意思活',
  },
  idioms: [
    '想死(?:你|妳|您)|想死(?:他|她|我)(?:了|啦)',
    '(?:你|妳|你们)去死|去死吧',
    '死海',
    '跳楼(?:价|大?甩卖|大?拍卖|大?清仓)',
    '自杀(?:式|预防|防治|小队|炸弹|袭击|攻击)|(?:预防|防止)自杀',
    '(?:唔想|不想)活(?:动|跃)',
    '不想活在[^|]{0,10}(?:阴影|影子)',
  ],
};

const ko: LanguageRules = {
  bound: 'none',
  rules: {
    'want-die': '죽고 ?싶|죽구 ?싶|죽고 ?시퍼|뒤지고 ?싶|디지고 ?싶|죽어 ?버리고 ?싶|죽어 ?버릴|죽어 ?없어지고 ?싶|죽었으면 ?좋겠|죽을 ?생각',
    suicide: '자살',
    'self-harm': '자해',
    'not-live': '살고 ?싶지 ?(?:가 ?)?않|살기 ?(?:가 ?)?(?:너무 ?|진짜 ?|정말 ?|넘 ?)?싫|삶을 ?(?:끝내|마감|포기하)|죽는 ?(?:게|것이|편이) ?(?:나아|낫|더 ?나)|사는 ?(?:게|것이) ?싫|살 ?(?:이유|의미)가 ?없|살아야 ?할 ?이유가 ?없|더 ?이상 ?살고 ?싶|살고싶지않|살아 ?있는 ?(?:게|것이) ?(?:힘들|괴로|싫)|(?:삶이|삶의|사는 ?(?:게|것이)) ?의미가? ?없',
    'end-life': '목숨을 ?끊|스스로 ?목숨|생을 ?마감|세상을 ?떠나고 ?싶',
    hanging: '목을 ?매|목매',
    jump: '뛰어 ?내리고 ?싶|뛰어 ?내릴|뛰어 ?내리려|투신',
    cutting: '손목을? ?(?:긋|그었|그어)|칼로 ?(?:손목|팔)을? ?(?:긋|그었)',
    gone: '(?:사라지|없어지)고 ?싶',
    'not-wake': '깨어나지 ?(?:않았으면|않고 ?싶|말았으면)|안 ?깨어났으면',
    pills: '과다 ?복용|약을 ?(?:한꺼번에|왕창|잔뜩|한 ?통)',
  },
  idioms: [
    '자살 ?(?:골|예방|방지|특공대|폭탄|테러)',
    '(?:심심해|배고파|웃겨|부끄러워|창피해|쪽팔려|졸려|더워|추워)(?:서)? ?(?:진짜 ?|너무 ?)?죽고 ?싶',
  ],
};

const ar: LanguageRules = {
  bound: 'ar',
  slots: {
    WANT: 'اريد|يريد|تريد|نريد|يريدون|ابي|ابغي|يبغي|تبغي|يبي|تبي|نبي|بدي|بده|بدو|بدها|بدهم|بدك|بدنا|عايز|عايزه|عاوز|عاوزه|عايزين|عاوزين|حابب|حابه|حاب|ودي|وده|ودها|نفسي|نفسه|نفسها|اتمني|يتمني|تتمني|ارغب|يرغب|ترغب|بفكر|افكر|يفكر|تفكر|قررت|قرر|ناوي|ناويه|حاول|حاولت|تحاول|يحاول|بحاول|رح|راح|سوف',
    DIE: 'اموت|يموت|تموت|نموت|يموتو|يموتوا|موت|الموت|انتحر|ينتحر|تنتحر|الانتحار|انتحار|انهي حياتي|ينهي حياته|تنهي حياتها|ارمي نفسي|يرمي نفسه|ترمي نفسها',
    LIVE: 'اعيش|يعيش|تعيش|نعيش|عيش|العيش|احيا|يحيا|تحيا',
    NEG: 'لا|ما|مش|مو|مب|ماني|مانيش|لم|لن|ما عاد|ماعاد',
  },
  rules: {
    suicide: '[اينت]?نتحر\\p{L}*|ا?نتحار\\p{L}*',
    'want-die': '(?:{WANT}) (?:ان |انو |اني |انه |انها |لو )?(?:{DIE})',
    'harm-self': '(?:[اينت]?قتل|[اينت]?ذبح|[اينت]?شنق|[اينت]?حرق|[اينت]?جرح|[اينت]?وذي|[اينت]?ذي|ايذاء|اذيه|اذي|[اينت]?نهي|انهاء|[اينت]?خلص علي|[اينت]?خلص من|[اينت]?رمي) (?:نفس|حال)(?:ي|ه|ها|هم|و|نا)?(?![\\p{L}])',
    'end-life': '(?:[اينت]?نهي|انهاء|[اينت]?خلص من) (?:حياتي|حياته|حياتها|حياتهم)',
    'cant-go-on': '(?:ما|مش|لا) (?:{W} )?(?:اقدر|قادر|قادره|استطيع|بقدر) (?:اكمل|استمر|الاستمرار|اعيش|اتحمل الحياه)(?= ?$| \\|)',
    'not-live': '(?:{NEG}) ?(?:{W} )?(?:{WANT}|بي) (?:ان |انو )?(?:{LIVE})(?! (?:في|فى|هنا|هون|هنيه|هني|اهني|هناك|مع|عند|قرب|بعيد|لوحد|وحد|بال|ب[^\\s|]+ (?:ال)?(?:بيت|مدينه|بلد))(?= ))',
    'tired-life': '(?:تعبت|زهقت|مليت|سئمت|طفشت) (?:من )?(?:الحياه|حياتي|العيش|الدنيا)',
    'no-reason': '(?:لا|ما|مافي|ما في|ليس|مش|مو) (?:{W} )?(?:سبب|معني|داعي)\\p{L}* (?:ل|لل)?(?:عيش|العيش|حياه|الحياه|اعيش|البقاء)',
    wish: '(?:اتمني|يتمني|تتمني|يا ريت|ياريت|ريت|ليت|ياليت|يا ليت)(?:ني|ه|ها)? ?(?:ان |لو )?(?:اموت|يموت|تموت|مت|ميت|ميته|اكون ميت|كنت ميت|ما صحيت|ما اصحي|ما خلقت|ما انولدت|لم اولد|لم اخلق)(?![\\p{L}])',
    pills: '(?:حبوب|الحبوب|دواء|الدواء|ادويه|الادويه|حبات|اقراص)(?: {W}){0,2} (?:عن قصد|عمدا|متعمد|بقصد|عشان اموت|لاموت|حتي اموت)|جرعه زائده',
  },
  idioms: [
    '(?:موت|اموت|يموت|تموت|نموت|مت|متت|ميت|ميته|هموت|حموت|بموت|رح اموت|راح اموت) (?:من|م) (?:ال)?(?:جوع|ضحك|برد|حر|عطش|تعب|ملل|زهق|فرح|شوق|خوف|نعس|غيره|حسد)',
    '(?:اموت|يموت|تموت|نموت|بموت|هموت|حموت|موت) (?:في|فى|فيك|فيه|فيها|فيكي|عليك|عليه|عليها|عليكي|علي)(?![\\p{L}])',
    '(?:هجوم|هجمات|تفجير|تفجيرات|عمليه|عمليات|حزام|سياره|مفجر|انتحاري)\\p{L}* \\p{L}*نتحاري\\p{L}*',
    '(?:الوقايه|منع|مكافحه|للوقايه|الحد) (?:من )?الانتحار',
  ],
};

export const LANGUAGE_RULES: Record<string, LanguageRules> = { en, es, tl, vi, ru, zh, ko, ar };

/** Traditional characters that appear in the Chinese rules, with their Simplified forms. */
export const TRADITIONAL = '殺輕結傷尋樓殘藥夠沒義說話麼這會覺兒媽爺為過點開斷絕劃嚇餓熱悶煩氣價賣襲擊預參腦壓難還讓個們間時裡後於無厭與邊將從頂層顆嗎愛親現實歲醫遺書囑別見謝對農較來動躍陰網撐盡遊';
export const SIMPLIFIED = '杀轻结伤寻楼残药够没义说话么这会觉儿妈爷为过点开断绝划吓饿热闷烦气价卖袭击预参脑压难还让个们间时里后于无厌与边将从顶层颗吗爱亲现实岁医遗书嘱别见谢对农较来动跃阴网撑尽游';
