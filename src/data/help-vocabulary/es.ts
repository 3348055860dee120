/** Spanish words for each kind of help (concepts.ts). Accents optional: matching folds them. */
export default `
food: comida, alimentos, alimento, víveres, mandado
meals: comidas, comida caliente, almuerzo, cena, desayuno, comedor
pantry: despensa, banco de comida, banco de alimentos, bolsa de comida
emergency-food: comida de emergencia, cajas de comida, vales de comida
food-delivery: comida a domicilio, entrega de comida, comidas a domicilio
food-stamps: estampillas de comida, cupones de alimentos, CalFresh, SNAP, EBT
wic: WIC, mujeres bebés y niños
nutrition: nutrición, dieta
garden: huerto, jardín comunitario, huerto comunitario
housing: vivienda, casa, hogar, alojamiento
shelter: refugio, albergue, techo
homeless: sin hogar, sin techo, indigente, desamparado, vivo en la calle
rent-help: ayuda con la renta, ayuda con el alquiler, renta, alquiler, depósito
find-housing: buscar vivienda, apartamento, departamento, vivienda asequible
public-housing: vivienda pública, sección 8, vales de vivienda
transitional-housing: vivienda transitoria, vivienda temporal
eviction: desalojo, inquilino, casero, dueño
home-repair: reparaciones, reparación de casa, arreglos de casa
foreclosure: ejecución hipotecaria, hipoteca
homebuyer: comprar casa, compra de vivienda
assisted-living: vida asistida, residencia de cuidado, asilo
nursing-home: hogar de ancianos, casa de reposo, asilo de ancianos
utilities: servicios públicos, facturas de servicios, luz y gas
electricity: luz, electricidad, energía
water-bill: agua, factura de agua
phone: teléfono, celular, teléfono celular, teléfono gratis, celular gratis, plan de teléfono, factura de teléfono, programa Lifeline
internet: internet, wifi, computadora
computer-class: clases de computación, computación, computadoras
transportation: transporte, transportación, viajes
bus-pass: autobús, camión, pase de autobús, bus
gas-help: gasolina
car: carro, coche, auto, automóvil
medical-rides: transporte médico, transporte a citas
money: dinero, ayuda económica, ayuda financiera, efectivo
emergency-cash: dinero de emergencia, ayuda de emergencia
benefits: beneficios, asistencia pública, ayuda del gobierno
cash-aid: ayuda en efectivo, CalWORKs, asistencia general
disability-benefits: beneficios por discapacidad, SSI, incapacidad
social-security: seguro social, jubilación, retiro
unemployment: desempleo, paro
taxes: impuestos, taxes, declaración de impuestos
financial-education: educación financiera, presupuesto
credit: crédito, deudas, deuda
loans: préstamo, préstamos
insurance: seguro, aseguranza
health-insurance: seguro médico, seguro de salud, aseguranza médica, Medi-Cal, Medicaid
medicare: Medicare
medical-bills: cuentas médicas, facturas médicas
jobs: trabajo, empleo, chamba, trabajos, empleos
job-search: buscar trabajo, búsqueda de empleo, bolsa de trabajo
job-training: capacitación, entrenamiento laboral, formación laboral, capacitación laboral
resume: currículum, curriculum, hoja de vida, entrevista
career-center: centro de carreras, carrera
workers-rights: derechos laborales, salario, derechos del trabajador
volunteer: voluntario, voluntariado
small-business: pequeño negocio, negocio, empresa
education: educación, escuela, clases
english-classes: clases de inglés, inglés, ESL
literacy: alfabetización, aprender a leer, lectura
tutoring: tutoría, tutorías, tareas
ged: GED, preparatoria, diploma, escuela para adultos
college: colegio, universidad, college
financial-aid: ayuda financiera escolar, becas, beca
library: biblioteca, bibliotecas, libros
citizenship: ciudadanía, naturalización
immigration: inmigración, inmigrante, inmigrantes, asilo, papeles, DACA
refugees: refugiado, refugiados
legal: legal, abogado, abogada, ayuda legal, servicios legales
legal-aid: asistencia legal, abogado gratis, ayuda legal gratuita
mediation: mediación
notary: notario, notaría
interpretation: intérprete, interpretación, traducción, traductor
court: corte, tribunal, juzgado
divorce: divorcio, custodia
discrimination: discriminación, derechos civiles
id-documents: identificación, documentos de identidad, acta de nacimiento
vital-records: acta de nacimiento, registro civil, certificado de nacimiento
reentry: salir de la cárcel, reinserción, libertad condicional, expresidiarios
veterans: veteranos, veterano, militares
health: salud, médico, atención médica
clinic: clínica, clínicas, centro de salud
doctor: doctor, doctora, médico, médica
dental: dentista, dental, dientes, muelas
vision: vista, ojos, lentes, anteojos
hearing: oído, audición, sordo, sordos
hospital: hospital
urgent-care: urgencias, sala de emergencia
prescriptions: medicinas, medicamentos, receta, farmacia
vaccinations: vacunas, vacuna, inmunizaciones
checkup: chequeo, examen, pruebas, prueba
hiv: VIH, SIDA
std: ETS, enfermedades de transmisión sexual
pregnancy: embarazo, embarazada, prenatal
family-planning: planificación familiar, anticonceptivos
maternity: maternidad, parto, posparto
breastfeeding: lactancia, amamantar
disability: discapacidad, discapacitado, discapacidades
developmental-disability: discapacidad del desarrollo, autismo
physical-therapy: terapia física, fisioterapia, rehabilitación
home-care: cuidado en casa, cuidado en el hogar, ayuda en casa
hospice: cuidados paliativos, hospicio
grief: duelo, luto, pérdida
funeral: funeral, entierro
mental-health: salud mental, salud emocional
counseling: consejería, terapia, terapeuta, consejero, psicólogo, orientación
psychiatrist: psiquiatra, psiquiatría
crisis: crisis, línea de crisis, línea de ayuda
suicide-prevention: prevención del suicidio, suicidio
depression: depresión, deprimido, deprimida
anxiety: ansiedad, estrés, nervios
support-group: grupo de apoyo, grupos de apoyo
peer-support: apoyo entre pares, compañeros
trauma: trauma
substance-use: drogas, adicción, adicciones, recuperación
alcohol: alcohol, alcoholismo, alcohólicos anónimos
detox: desintoxicación
rehab: rehabilitación, tratamiento, centro de tratamiento
twelve-step: doce pasos, 12 pasos
smoking: fumar, tabaco, dejar de fumar
gambling: apuestas, juego
domestic-violence: violencia doméstica, violencia familiar, maltrato, abuso
sexual-assault: agresión sexual, violación, abuso sexual
child-abuse: abuso infantil, maltrato infantil
elder-abuse: abuso de ancianos, maltrato de personas mayores
safety: seguridad, violencia
trafficking: trata de personas, tráfico humano
childcare: cuidado de niños, guardería, cuidado infantil
preschool: preescolar, kínder, head start
after-school: después de clases, programas después de la escuela
children: niños, niñas, hijos, infantil
youth: jóvenes, juventud, adolescentes, joven
parenting: crianza, padres, clases para padres
family: familia, familias
foster-care: cuidado de crianza, adopción, hogar temporal
baby-supplies: pañales, fórmula, bebé, leche para bebé
older-adults: adultos mayores, personas mayores, ancianos, tercera edad, mayores
senior-center: centro para mayores, centro de adultos mayores
adult-day: centro de día, cuidado diurno para adultos
caregivers: cuidadores, cuidador, respiro
dementia: demencia, Alzheimer, pérdida de memoria
clothing: ropa, vestimenta
furniture: muebles
household-goods: artículos para el hogar, cobijas, mantas, cosas de casa
hygiene: higiene, duchas, regaderas, artículos de aseo
laundry: lavandería, lavar ropa
school-supplies: útiles escolares, mochilas
toys: juguetes, regalos
medical-equipment: equipo médico, silla de ruedas, suministros médicos
lgbtq: LGBT, gay, lesbiana, transgénero
women: mujeres, mujer
men: hombres, hombre
farmworkers: trabajadores agrícolas, campesinos, migrantes
information-referral: información y referencias, referencias, información
case-management: manejo de casos, administración de casos
forms-help: formularios, solicitudes, llenar formularios
mentoring: mentor, mentoría
recreation: recreación, deportes, ejercicio
arts: arte, artes, manualidades, música
camp: campamento
spiritual: espiritual, iglesia, pastoral
pets: mascotas, animales
disaster: desastre, incendio, inundación
home-visits: visitas a domicilio, visitas al hogar
consumer: consumidor, estafas, fraude
free-clinic: clínica gratis, clínica gratuita
low-cost: gratis, gratuito, bajo costo, económico
emergency: emergencia
runaway: jóvenes fugados, fugitivo
wheelchair: silla de ruedas, accesible
lang-spanish: español, en español, hispanohablante, castellano
lang-chinese: chino
lang-cantonese: cantonés
lang-mandarin: mandarín
lang-vietnamese: vietnamita
lang-tagalog: tagalo, filipino
lang-russian: ruso
lang-korean: coreano
lang-arabic: árabe
sign-language: lenguaje de señas, lengua de señas
bilingual: bilingüe, intérprete
`;
