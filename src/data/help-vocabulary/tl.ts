/** Tagalog / Filipino words for each kind of help (concepts.ts), with common Taglish forms. */
export default `
food: pagkain, grocery, bigas, makakain
meals: pagkain na luto, tanghalian, hapunan, almusal, kainan, libreng pagkain
pantry: food pantry, food bank, bangko ng pagkain, pamimigay ng pagkain
emergency-food: pang-emerhensiyang pagkain, kahon ng pagkain
food-delivery: paghahatid ng pagkain, pagkaing inihahatid, hatid na pagkain
food-stamps: food stamps, CalFresh, SNAP, EBT, tulong sa pagkain
wic: WIC
nutrition: nutrisyon, diyeta, tamang pagkain
garden: hardin, taniman, hardin ng komunidad
housing: pabahay, tirahan, bahay, matitirhan
shelter: silungan, kanlungan, tuluyan, shelter, pansamantalang tirahan
homeless: walang tirahan, walang bahay, palaboy, nasa kalye
rent-help: tulong sa upa, upa, renta, bayad sa bahay, deposito
find-housing: paghahanap ng bahay, apartment, murang pabahay, mauupahan
public-housing: pampublikong pabahay, section 8, voucher sa pabahay
transitional-housing: transisyonal na pabahay, pansamantalang pabahay
eviction: pagpapaalis, palayasin, pinapaalis, nangungupahan, may-ari ng bahay
home-repair: pagkukumpuni ng bahay, pagkumpuni, ayos ng bahay
foreclosure: foreclosure, sangla ng bahay, mortgage
homebuyer: pagbili ng bahay, bumili ng bahay
assisted-living: assisted living, tahanan ng kalinga
nursing-home: nursing home, bahay-kalinga, tahanan ng matatanda
utilities: bayarin sa kuryente at tubig, utilities, bayarin
electricity: kuryente, ilaw, enerhiya
water-bill: tubig, bayad sa tubig
phone: telepono, cellphone, selpon, libreng cellphone, libreng telepono, bayad sa telepono
internet: internet, wifi, kompyuter
computer-class: klase sa kompyuter, kompyuter
transportation: transportasyon, sasakyan, sakay
bus-pass: bus, pamasahe, bus pass
gas-help: gasolina
car: kotse, sasakyan, awto
medical-rides: sakay papuntang doktor, medikal na transportasyon
money: pera, tulong pinansiyal, salapi, cash
emergency-cash: pang-emerhensiyang tulong, emergency na pera
benefits: benepisyo, tulong ng gobyerno, pampublikong tulong
cash-aid: cash aid, CalWORKs, tulong na pera
disability-benefits: benepisyo sa kapansanan, SSI
social-security: Social Security, pensiyon, retiro
unemployment: kawalan ng trabaho, unemployment, walang trabaho
taxes: buwis, tax, paghahain ng buwis
financial-education: edukasyong pinansiyal, pagbabadyet, badyet
credit: kredito, utang, pagkakautang
loans: pautang, loan, hiram na pera
insurance: seguro, insurance
health-insurance: seguro sa kalusugan, health insurance, Medi-Cal, Medicaid
medicare: Medicare
medical-bills: bayarin sa ospital, bayarin medikal
jobs: trabaho, hanapbuhay, empleyo, pagtatrabaho
job-search: paghahanap ng trabaho, maghanap ng trabaho, placement
job-training: pagsasanay sa trabaho, pagsasanay, training
resume: resume, interbyu, panayam
career-center: career center, sentro ng karera
workers-rights: karapatan ng manggagawa, sahod, suweldo
volunteer: boluntaryo, volunteer
small-business: maliit na negosyo, negosyo
education: edukasyon, paaralan, eskuwela, klase, pag-aaral
english-classes: klase sa Ingles, Ingles, English, ESL, pag-aaral ng Ingles
literacy: pagbasa at pagsulat, literasiya, pagbasa
tutoring: tutor, pagtuturo, takdang-aralin, assignment
ged: GED, high school diploma, paaralan para sa matatanda
college: kolehiyo, unibersidad, college
financial-aid: iskolarship, scholarship, tulong pinansiyal sa pag-aaral
library: aklatan, silid-aklatan, library, libro, aklat
citizenship: pagkamamamayan, citizenship, naturalisasyon
immigration: imigrasyon, imigrante, green card, papeles, asylum
refugees: refugee, takas, lumikas
legal: legal, abogado, abogada, tulong legal, serbisyong legal
legal-aid: libreng abogado, legal aid, libreng tulong legal
mediation: pamamagitan, mediation
notary: notaryo, notary
interpretation: interpreter, tagasalin, pagsasalin, translation
court: korte, hukuman
divorce: diborsiyo, hiwalayan, kustodiya, annulment
discrimination: diskriminasyon, karapatang sibil
id-documents: ID, pagkakakilanlan, birth certificate, sertipiko ng kapanganakan
vital-records: birth certificate, sertipiko ng kapanganakan, rehistro
reentry: paglaya sa kulungan, nakalaya, parol, probasyon
veterans: beterano, mga beterano, militar
health: kalusugan, medikal, pagpapagamot
clinic: klinika, health center, pagamutan
doctor: doktor, manggagamot, magpatingin
dental: dentista, ngipin, dental
vision: mata, salamin sa mata, paningin
hearing: pandinig, bingi
hospital: ospital
urgent-care: urgent care, emergency room, emerhensiya
prescriptions: gamot, reseta, botika, parmasya
vaccinations: bakuna, pagbabakuna, turok
checkup: checkup, pagsusuri, eksamen, test
hiv: HIV, AIDS
std: STD, sakit na nakukuha sa pakikipagtalik
pregnancy: pagbubuntis, buntis, prenatal
family-planning: family planning, kontrasepsiyon, birth control
maternity: panganganak, maternity, pagkapanganak
breastfeeding: pagpapasuso, breastfeeding
disability: kapansanan, may kapansanan, PWD
developmental-disability: kapansanan sa pag-unlad, autism
physical-therapy: physical therapy, therapy sa katawan, rehabilitasyon
home-care: pag-aalaga sa bahay, home care, caregiver sa bahay
hospice: hospice, pangangalaga sa may taning
grief: pagdadalamhati, pagluluksa, pighati
funeral: libing, burol, punerarya
mental-health: kalusugang pangkaisipan, mental health, kalusugan ng isip
counseling: pagpapayo, counseling, tagapayo, therapy, terapiya, kausap
psychiatrist: psychiatrist, saykayatrista
crisis: krisis, hotline, crisis line
suicide-prevention: pag-iwas sa pagpapakamatay, pagpapakamatay
depression: depresyon, lungkot
anxiety: pagkabalisa, anxiety, stress, nerbiyos
support-group: support group, grupo ng suporta
peer-support: suporta ng kapwa, peer support
trauma: trauma
substance-use: droga, adiksyon, pagkalulong, recovery
alcohol: alak, alkohol, paglalasing, Alcoholics Anonymous
detox: detox
rehab: rehab, rehabilitasyon, gamutan
twelve-step: 12 hakbang, 12-step
smoking: paninigarilyo, sigarilyo, tabako
gambling: sugal, pagsusugal
domestic-violence: karahasan sa tahanan, pang-aabuso, domestic violence, binubugbog
sexual-assault: sekswal na pang-aabuso, panggagahasa, rape
child-abuse: pang-aabuso sa bata
elder-abuse: pang-aabuso sa matatanda
safety: kaligtasan, karahasan, ligtas
trafficking: human trafficking, pangangalakal ng tao
childcare: pag-aalaga ng bata, daycare, child care, yaya
preschool: preschool, nursery, head start, kinder
after-school: after school, pagkatapos ng klase
children: mga bata, bata, anak
youth: kabataan, tinedyer, teenager
parenting: pagiging magulang, magulang, pagpapalaki ng anak
family: pamilya
foster-care: foster care, pag-aampon, ampon
baby-supplies: lampin, diaper, gatas ng sanggol, formula, sanggol
older-adults: nakatatanda, matatanda, senior, lolo, lola, senior citizen
senior-center: senior center, sentro ng nakatatanda
adult-day: adult day care, pang-araw na kalinga
caregivers: tagapag-alaga, caregiver, respite
dementia: demensya, Alzheimer, pagkalimot
clothing: damit, kasuotan, pananamit
furniture: muwebles, kasangkapan
household-goods: gamit sa bahay, kumot, kagamitan sa bahay
hygiene: kalinisan, paliguan, shower, gamit panlinis ng katawan
laundry: labahan, paglalaba
school-supplies: gamit sa eskuwela, school supplies, bag
toys: laruan, regalo
medical-equipment: kagamitang medikal, wheelchair, silyang de-gulong
lgbtq: LGBT, bakla, tomboy, transgender
women: kababaihan, babae
men: kalalakihan, lalaki
farmworkers: manggagawa sa bukid, magsasaka, migrante
information-referral: impormasyon, referral, impormasyon at referral
case-management: case management, case manager
forms-help: porma, form, aplikasyon, pagsagot ng form
mentoring: mentor, paggabay
recreation: libangan, isports, ehersisyo
arts: sining, musika, gawaing-kamay
camp: kampo, kamping
spiritual: espirituwal, simbahan, pastoral
pets: alagang hayop, hayop
disaster: sakuna, sunog, baha
home-visits: pagbisita sa bahay, home visit
consumer: mamimili, panloloko, scam
free-clinic: libreng klinika
low-cost: libre, mura, walang bayad
emergency: emerhensiya, emergency
runaway: naglayas, lumayas
wheelchair: wheelchair, silyang de-gulong
lang-spanish: Espanyol, Kastila
lang-chinese: Intsik, Tsino, Chinese
lang-cantonese: Cantonese
lang-mandarin: Mandarin
lang-vietnamese: Biyetnamis, Vietnamese
lang-tagalog: Tagalog, Filipino, Pilipino, Tagalog na nagsasalita
lang-russian: Ruso
lang-korean: Koreano
lang-arabic: Arabe
sign-language: sign language, wikang pasenyas
bilingual: bilingguwal, bilingual
`;
