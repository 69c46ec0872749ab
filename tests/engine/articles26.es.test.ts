// A twenty-sixth round of composed Spanish news articles, in the styles of outlets and beats the first
// twenty-five rounds did not use: Huelva Información (the CHG seals illegal wells next to Doñana),
// Nueva Alcarria (Atienza's school keeps its infant class with six pupils), El Faro de Ceuta (the levante
// wind leaves Ceuta without ferries for two days), Diario de Lanzarote (a La Geria winery sells its
// malvasía in Japan), Menorca Diario Insular (the Consell asks to double the tourist tax), El Heraldo de
// Chihuahua (a former water-board official charged with embezzlement, México), Correo del Caroní (cancer
// patients in Ciudad Bolívar without chemotherapy, Venezuela), LM Neuquén (Deportivo Rincón wins the
// derby, Argentina, straight quotation marks), El Pueblo (a colonial painting restored in Santa Catalina,
// Arequipa, Perú) and Zócalo Saltillo (a loan-app extortion ring broken up, México, straight quotation
// marks).
// Every article was written for these tests, blind, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.

import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name:
      "Huelva Información, medio ambiente: entradilla con cita del comisario de Aguas nombrado solo " +
      "en el cuerpo y repetida en él con «afirmó» y segunda cita sin verbo, organismo en una nota " +
      "con cita parcial, organización agraria en un comunicado con cita parcial tras «criticó que», " +
      "dos hermanos en un párrafo con «lamentó el mayor de los hermanos», nombre de una finca (no " +
      "cita), investigadora con «advirtió» sin sujeto, fuentes de la Junta con cita parcial",
    todo:
      "«Los que cumplimos pagamos la mala fama de los…» goes to Lucena del Puerto, not Juan Manuel " +
      "Domínguez Garrido",
    headline: "La CHG precinta 23 pozos ilegales junto a Doñana en Moguer y Lucena del Puerto",
    standfirst:
      "«Hemos cerrado más pozos en un año que en la década anterior», asegura el comisario de Aguas " +
      "tras la última actuación en las fincas de frutos rojos del entorno del parque",
    paragraphs: [
      "La Confederación Hidrográfica del Guadalquivir (CHG) ha precintado en las últimas seis semanas " +
        "23 pozos ilegales en fincas de frutos rojos de Moguer y Lucena del Puerto, dentro del plan " +
        "de choque contra las extracciones irregulares en el entorno de Doñana. El organismo aseguró " +
        "ayer en una nota que los pozos clausurados extraían «más de cuatro hectómetros cúbicos al " +
        "año» del acuífero.",
      "El comisario de Aguas de la CHG, Rafael Cordero Vázquez, defendió la actuación durante una " +
        "visita a una de las fincas precintadas, la conocida como «El Pinar Chico», en el paraje de " +
        "Montemayor. «Hemos cerrado más pozos en un año que en la década anterior», afirmó. «Y no " +
        "vamos a parar hasta que el acuífero deje de perder agua».",
      "La organización agraria Asaja-Huelva criticó en un comunicado que la CHG actúe «con la " +
        "excavadora antes que con el diálogo» y recordó que muchos agricultores llevan años esperando " +
        "las aguas superficiales prometidas por la Administración.",
      "Juan Manuel Domínguez Garrido, de 51 años, y su hermano Antonio, de 46, cultivan doce " +
        "hectáreas de arándanos en Lucena con agua de un pozo legalizado en 2008. «Los que cumplimos " +
        "pagamos la mala fama de los que no», lamentó el mayor de los hermanos.",
      "La investigadora de la Estación Biológica de Doñana Eloísa Ramos Ortega, que coordina el " +
        "seguimiento de las lagunas del parque, recordó que la de Santa Olalla, la mayor de las " +
        "permanentes, se secó por completo en el verano de 2023. «No es una sequía puntual, es un " +
        "acuífero sobreexplotado», advirtió.",
      "Fuentes de la Junta de Andalucía consultadas por este periódico señalaron que las obras para " +
        "llevar agua superficial a la comarca «siguen su calendario» y que las primeras " +
        "conducciones estarán en servicio antes del verano.",
    ],
    quotes: [
      ["Hemos cerrado más pozos en un año que en la década anterior", "Rafael Cordero Vázquez"],
      ["más de cuatro hectómetros cúbicos al año", "La Confederación Hidrográfica del Guadalquivir"],
      ["Y no vamos a parar hasta que el acuífero deje de perder agua", "Rafael Cordero Vázquez"],
      ["con la excavadora antes que con el diálogo", "Asaja-Huelva"],
      ["Los que cumplimos pagamos la mala fama de los que no", "Juan Manuel Domínguez Garrido"],
      ["No es una sequía puntual, es un acuífero sobreexplotado", "Eloísa Ramos Ortega"],
      ["siguen su calendario", "Fuentes de la Junta de Andalucía"],
    ],
  },
  {
    name:
      "Nueva Alcarria, educación: nombre de un colegio rural (no cita), madre con «reconoce» y " +
      "segunda cita sin verbo, cita partida del director con «explica» invertido, resolución que " +
      "«justifica» con cita parcial, dos mujeres en un párrafo con «dijo la regidora», lema de una " +
      "pancarta (no cita), sindicato que «pidió que deje de ser» con cita parcial",
    headline: "El colegio de Atienza salva su aula de Infantil con solo seis alumnos",
    paragraphs: [
      "La Consejería de Educación de Castilla-La Mancha ha confirmado que el CRA «Serranía de " +
        "Atienza» mantendrá el próximo curso su aula de Infantil en Atienza, pese a contar con solo " +
        "seis alumnos matriculados, uno por debajo del mínimo que fija la normativa.",
      "La noticia llegó el viernes a las familias en un mensaje del director. Entre ellas está la " +
        "de Lucía Moreno Lafuente, madre de dos niños de 3 y 5 años, que se mudó al pueblo desde " +
        "Madrid en 2022. «Si cerraban el aula, nos teníamos que ir; así de claro», reconoce. «Nadie " +
        "se viene a vivir a un pueblo sin colegio».",
      "«El aula no es solo un aula», explica el director del CRA, Alberto Sanz Herranz, «es la " +
        "razón por la que tres familias jóvenes se han empadronado aquí en dos años».",
      "La resolución de la Dirección General de Planificación, a la que ha tenido acceso este " +
        "periódico, justifica la excepción por la «especial situación de despoblación» de la " +
        "Serranía, con menos de cuatro habitantes por kilómetro cuadrado.",
      "La alcaldesa de Atienza, María Jesús Gil Bermejo, y la maestra de Infantil, Raquel Ortiz " +
        "Mayoral, celebraron la decisión a la puerta del colegio, junto a la pancarta con el lema " +
        "«Sin escuela no hay pueblo» que las familias colgaron en la verja en febrero. «Hoy Atienza " +
        "tiene un poco más de futuro», dijo la regidora.",
      "El sindicato STE-CLM valoró la decisión, aunque pidió que deje de ser «una excepción que hay " +
        "que mendigar cada año» y se convierta en la norma para la escuela rural de la provincia.",
    ],
    quotes: [
      ["Si cerraban el aula, nos teníamos que ir; así de claro", "Lucía Moreno Lafuente"],
      ["Nadie se viene a vivir a un pueblo sin colegio", "Lucía Moreno Lafuente"],
      ["El aula no es solo un aula", "Alberto Sanz Herranz"],
      [
        "es la razón por la que tres familias jóvenes se han empadronado aquí en dos años",
        "Alberto Sanz Herranz",
      ],
      ["especial situación de despoblación", "La resolución de la Dirección General de Planificación"],
      ["Hoy Atienza tiene un poco más de futuro", "María Jesús Gil Bermejo"],
      ["una excepción que hay que mendigar cada año", "STE-CLM"],
    ],
  },
  {
    name:
      "El Faro de Ceuta, transporte: autoridad portuaria que «calificó el cierre de» con cita " +
      "parcial, pasajera con «contaba» y segunda cita sin verbo, naviera en un comunicado con cita " +
      "parcial, nombre de un barco (no cita), transportista que «cifró en» con cita parcial y " +
      "«advirtió», consejera con «aseguró que» y cita parcial, marinero anónimo con dos puntos",
    todo:
      "«no pueden operar con rachas superiores a 50 nudos» goes to Fatima Mohamed Ahmed, not " +
      "Baleària; «cientos de miles de euros» not found",
    headline: "El levante deja a más de 3.000 pasajeros en tierra y a Ceuta sin barcos durante dos días",
    paragraphs: [
      "El temporal de levante obligó el martes y el miércoles a suspender todas las rotaciones entre " +
        "Ceuta y Algeciras, según informó la Autoridad Portuaria de Ceuta, que calificó el cierre de " +
        "«inevitable por seguridad». Más de 3.000 pasajeros y unos 200 camiones quedaron en tierra a " +
        "ambos lados del Estrecho.",
      "En la estación marítima, Fatima Mohamed Ahmed, de 34 años, esperaba con sus dos hijos desde " +
        "primera hora. «Tenía cita en el hospital de Algeciras para la niña y la he perdido», " +
        "contaba. «Otra vez. Y a ver cuándo me dan otra».",
      "Baleària, que opera la línea junto a FRS, explicó en un comunicado que sus buques «no pueden " +
        "operar con rachas superiores a 50 nudos» y que ha ofrecido a los afectados cambiar el " +
        "billete sin coste. Solo el «Avemar Dos» llegó a zarpar el martes de madrugada, antes de que " +
        "se cerrara la bocana.",
      "El presidente de la Asociación de Transportistas de Ceuta, Mustafa Abdelkader Hamido, cifró " +
        "en «cientos de miles de euros» las pérdidas del sector. «Llevamos fruta, pescado, " +
        "medicinas. Si el barco no sale, Ceuta se queda sin nada», advirtió.",
      "La consejera de Fomento, Nuria Delgado Cabello, aseguró que «Ceuta no puede quedarse aislada " +
        "cada vez que sopla el levante» y anunció que volverá a pedir al Ministerio de Transportes un " +
        "estudio para ampliar el dique de abrigo.",
      "Un marinero de la naviera con treinta años en la línea lo resumía a pie de muelle: «Con este " +
        "levante no cruza ni el que quiere hacerse el héroe».",
    ],
    quotes: [
      ["inevitable por seguridad", "la Autoridad Portuaria de Ceuta"],
      ["Tenía cita en el hospital de Algeciras para la niña y la he perdido", "Fatima Mohamed Ahmed"],
      ["Otra vez. Y a ver cuándo me dan otra", "Fatima Mohamed Ahmed"],
      ["no pueden operar con rachas superiores a 50 nudos", "Baleària"],
      ["cientos de miles de euros", "Mustafa Abdelkader Hamido"],
      [
        "Llevamos fruta, pescado, medicinas. Si el barco no sale, Ceuta se queda sin nada",
        "Mustafa Abdelkader Hamido",
      ],
      ["Ceuta no puede quedarse aislada cada vez que sopla el levante", "Nuria Delgado Cabello"],
      ["Con este levante no cruza ni el que quiere hacerse el héroe", "Un marinero de la naviera"],
    ],
  },
  {
    name:
      "Diario de Lanzarote, empresas: gerente con «asegura» invertido y segunda cita sin verbo, " +
      "nombre de un vino (no cita), importadora en un comunicado que «describe el vino como» con " +
      "cita parcial, dos hombres en un párrafo con «subrayó Perdomo», viticultor anónimo con dos " +
      "puntos, pregunta entre comillas con «bromeó» sin sujeto tras el apellido de la gerente",
    headline: "La bodega Las Cenizas venderá su malvasía volcánica en Japón",
    paragraphs: [
      "La bodega Las Cenizas, fundada en 1921 en La Geria, ha cerrado un acuerdo con la importadora " +
        "japonesa Sakura Wine Trading para distribuir 40.000 botellas al año de su malvasía volcánica " +
        "en restaurantes y tiendas de Tokio y Osaka, según anunció ayer la empresa.",
      "“Es el contrato más importante en cien años de historia”, asegura su gerente, Yurena " +
        "Betancort Cabrera, bisnieta del fundador. “Los japoneses entienden algo que a veces aquí " +
        "olvidamos: que cada cepa de La Geria está plantada a mano en un hoyo de ceniza”.",
      "El vino elegido es el semidulce “Jable de Oro”, del que la bodega solo embotellaba hasta ahora " +
        "unas 15.000 botellas. La importadora, en un comunicado difundido en inglés y japonés, " +
        "describe el vino como “una rareza que el consumidor japonés busca”.",
      "El presidente del Consejo Regulador de la DO Lanzarote, Domingo Perdomo Hernández, y el " +
        "enólogo de la bodega, Víctor Rodríguez Curbelo, recorrieron ayer las parcelas de la " +
        "finca con la delegación japonesa. “Con esto se demuestra que el viticultor de La Geria puede " +
        "vivir de su viña”, subrayó Perdomo.",
      "Un viticultor de Masdache que vende su uva a la bodega recibió la noticia con cautela: “Ojalá " +
        "se note en el precio del kilo, que llevamos años igual”.",
      "Betancort no descarta abrir otros mercados en Asia. “Después de Japón, ¿por qué no Corea?”, " +
        "bromeó.",
    ],
    quotes: [
      ["Es el contrato más importante en cien años de historia", "Yurena Betancort Cabrera"],
      [
        "Los japoneses entienden algo que a veces aquí olvidamos: que cada cepa de La Geria está " +
          "plantada a mano en un hoyo de ceniza",
        "Yurena Betancort Cabrera",
      ],
      ["una rareza que el consumidor japonés busca", "Sakura Wine Trading"],
      [
        "Con esto se demuestra que el viticultor de La Geria puede vivir de su viña",
        "Domingo Perdomo Hernández",
      ],
      ["Ojalá se note en el precio del kilo, que llevamos años igual", "Un viticultor de Masdache"],
      ["Después de Japón, ¿por qué no Corea?", "Yurena Betancort Cabrera"],
    ],
  },
  {
    name:
      "Menorca Diario Insular, política: titular con cita de la presidenta nombrada solo en el " +
      "cuerpo y repetida en él con «sostuvo» y segunda cita sin verbo, portavoz que «acusó de» con " +
      "cita parcial y «le espetó», asociación hotelera en un comunicado con cita parcial, nombre de " +
      "una campaña (no cita), ecologistas que «la consideran» con cita parcial, conseller anónimo " +
      "con «admitió que» y cita parcial",
    headline: "«No queremos menos turistas, queremos mejores turistas»: el Consell pide doblar la ecotasa",
    paragraphs: [
      "El pleno del Consell Insular de Menorca aprobó ayer, con los votos del PP y la abstención de " +
        "Vox, pedir al Govern que duplique en la isla el impuesto de turismo sostenible durante los " +
        "meses de julio y agosto, de modo que un turista alojado en un hotel de cuatro estrellas " +
        "pagaría seis euros por noche.",
      "La presidenta del Consell, Margalida Pons Florit, defendió que la medida no busca frenar la " +
        "llegada de visitantes. «No queremos menos turistas, queremos mejores turistas», sostuvo. " +
        "«Y el que venga en agosto tiene que contribuir a pagar el agua que consume».",
      "El portavoz socialista, Xavier Camps Mercadal, acusó al equipo de gobierno de «improvisar " +
        "con titulares» y reprochó a Pons que no hubiera consultado al sector. «Esto lo han sabido " +
        "los hoteleros por la prensa», le espetó.",
      "La Asociación Hotelera de Menorca advirtió en un comunicado de que la propuesta «penaliza a " +
        "la isla frente a Mallorca e Ibiza» y recordó que el propio Consell acaba de gastar 1,2 " +
        "millones en la campaña «Menorca, a tu ritmo» para atraer turismo de temporada baja.",
      "El GOB Menorca, en cambio, la considera «un paso tímido pero necesario» y reclama que lo " +
        "recaudado se destine íntegramente a la red de depuradoras de la isla.",
      "Un conseller del equipo de gobierno, que prefirió no dar su nombre, admitió que el Govern " +
        "«no tiene ninguna prisa» por tramitar la petición antes de las próximas elecciones.",
    ],
    quotes: [
      ["No queremos menos turistas, queremos mejores turistas", "Margalida Pons Florit"],
      ["Y el que venga en agosto tiene que contribuir a pagar el agua que consume", "Margalida Pons Florit"],
      ["improvisar con titulares", "Xavier Camps Mercadal"],
      ["Esto lo han sabido los hoteleros por la prensa", "Xavier Camps Mercadal"],
      ["penaliza a la isla frente a Mallorca e Ibiza", "La Asociación Hotelera de Menorca"],
      ["un paso tímido pero necesario", "El GOB Menorca"],
      ["no tiene ninguna prisa", "Un conseller del equipo de gobierno"],
    ],
  },
  {
    name:
      "El Heraldo de Chihuahua, tribunales: fiscalía que «sostuvo que» con cita parcial, agente " +
      "del Ministerio Público con «expuso» sin sujeto, abogado que «calificó la acusación de» con " +
      "dos citas parciales, juez con «argumentó el juzgador», junta en un comunicado con cita " +
      "parcial, nombre de un operativo (no cita), hermana anónima del imputado con «dijo»",
    headline: "Vinculan a proceso a exdirector de la JMAS por desvío de 14.6 millones de pesos",
    paragraphs: [
      "Un juez de control vinculó a proceso a Héctor Manuel Chávez Olivas, exdirector administrativo " +
        "de la Junta Municipal de Agua y Saneamiento (JMAS) de Chihuahua, por el presunto desvío de " +
        "14.6 millones de pesos entre 2019 y 2021. La detención se realizó el pasado jueves en el " +
        "marco de la llamada “Operación Manantial”.",
      "La Fiscalía Anticorrupción del Estado sostuvo en la audiencia que el exfuncionario autorizó " +
        "pagos a tres empresas que “nunca prestaron un solo servicio”. El agente del Ministerio " +
        "Público, Luis Fernando Armendáriz Rey, mostró contratos por la rehabilitación de pozos en " +
        "colonias del sur de la ciudad. “Los contratos existían en papel, pero las obras no existían " +
        "en ninguna parte”, expuso ante el juez.",
      "La defensa, a cargo del abogado Ricardo Loya Márquez, calificó la acusación de “persecución " +
        "política” y afirmó que su cliente “firmaba lo que le ponían enfrente”.",
      "El juez Óscar Iván Holguín Terrazas fijó un plazo de cuatro meses para la investigación " +
        "complementaria e impuso la prisión preventiva justificada. “Existe riesgo de que el " +
        "imputado se sustraiga de la acción de la justicia”, argumentó el juzgador.",
      "Mediante un comunicado, la JMAS informó que se constituyó como víctima en el proceso y que " +
        "“colaborará en todo lo necesario para recuperar el recurso”.",
      "A la salida de la Ciudad Judicial, una hermana del imputado defendió su inocencia. “Mi " +
        "hermano no se va a ir a ningún lado, aquí tiene a sus hijos”, dijo a este medio.",
    ],
    quotes: [
      ["nunca prestaron un solo servicio", "La Fiscalía Anticorrupción del Estado"],
      [
        "Los contratos existían en papel, pero las obras no existían en ninguna parte",
        "Luis Fernando Armendáriz Rey",
      ],
      ["persecución política", "Ricardo Loya Márquez"],
      ["firmaba lo que le ponían enfrente", "Ricardo Loya Márquez"],
      [
        "Existe riesgo de que el imputado se sustraiga de la acción de la justicia",
        "Óscar Iván Holguín Terrazas",
      ],
      [
        "colaborará en todo lo necesario para recuperar el recurso",
        "la Junta Municipal de Agua y Saneamiento",
      ],
      ["Mi hermano no se va a ir a ningún lado, aquí tiene a sus hijos", "una hermana del imputado"],
    ],
  },
  {
    name:
      "Correo del Caroní, salud: organización que «calificó la situación de» con cita parcial, " +
      "paciente con una cita que sigue en dos párrafos sin verbo, nombre de una fundación (no " +
      "cita), oncólogo anónimo que «confirmó que» con cita parcial, director con «había asegurado " +
      "que» y cita parcial, dos mujeres en un párrafo con «advirtió Guzmán»",
    headline: "Pacientes oncológicos del Ruiz y Páez llevan tres meses sin quimioterapia",
    paragraphs: [
      "Al menos 60 pacientes oncológicos que reciben tratamiento en el Complejo Hospitalario " +
        "Universitario Ruiz y Páez, en Ciudad Bolívar, no han recibido quimioterapia desde agosto " +
        "por falta de medicamentos, denunció la organización Codevida, que calificó la situación de " +
        "“crítica e irreversible para muchos”.",
      "Carmen Elena Rondón, de 58 años, fue diagnosticada de cáncer de mama en marzo. Recibió dos " +
        "ciclos de quimioterapia y después, nada. “Me dicen que vuelva la semana que viene, y la " +
        "semana que viene me dicen lo mismo. Ya van doce semanas.",
      "“Una caja de uno de los medicamentos cuesta 180 dólares en Puerto Ordaz. Yo cobro una " +
        "pensión que no llega a cuatro dólares. Haga usted la cuenta”.",
      "Un oncólogo del hospital, que pidió reserva de su nombre, confirmó que el servicio “trabaja " +
        "con lo que donan las familias y las fundaciones”. En agosto, el director del centro, Julio " +
        "César Marcano, había asegurado en un programa de radio local que el abastecimiento estaba " +
        "“garantizado hasta fin de año”. Correo del Caroní solicitó su versión, sin obtener respuesta.",
      "Parte de los tratamientos llega a través de la fundación “Manos Amigas de Guayana”, que " +
        "reparte medicinas donadas desde Caracas y desde el exterior. Su coordinadora, Yelitza " +
        "Guzmán, conoció a Rondón en la cola de la farmacia del hospital. “Nosotros ayudamos a " +
        "quien podemos, pero no podemos sustituir al Estado”, advirtió Guzmán.",
    ],
    quotes: [
      ["crítica e irreversible para muchos", "Codevida"],
      [
        "Me dicen que vuelva la semana que viene, y la semana que viene me dicen lo mismo. Ya van " +
          "doce semanas.",
        "Carmen Elena Rondón",
      ],
      [
        "Una caja de uno de los medicamentos cuesta 180 dólares en Puerto Ordaz. Yo cobro una pensión " +
          "que no llega a cuatro dólares. Haga usted la cuenta",
        "Carmen Elena Rondón",
      ],
      ["trabaja con lo que donan las familias y las fundaciones", "Un oncólogo del hospital"],
      ["garantizado hasta fin de año", "Julio César Marcano"],
      ["Nosotros ayudamos a quien podemos, pero no podemos sustituir al Estado", "Yelitza Guzmán"],
    ],
  },
  {
    name:
      "LM Neuquén, fútbol (comillas rectas): goleador con «dijo el delantero» y apodo (no cita), " +
      "entrenador con «advirtió» y segunda cita sin verbo, técnico rival con «reconoció» invertido " +
      "y cita parcial tras «consideró que», consejo federal con cita parcial, hincha anónimo con " +
      "«resumió» y dos puntos",
    headline: "Deportivo Rincón ganó el clásico y quedó a un paso de la final por el ascenso",
    paragraphs: [
      "Deportivo Rincón venció 2-1 a Cipolletti en Rincón de los Sauces, ante unas 4.000 personas, " +
        "y se aseguró el primer puesto de su zona del Federal A a falta de una fecha.",
      "El autor del gol del triunfo, a los 88 minutos, fue Brian Ezequiel Sepúlveda, de 22 años. " +
        '"Se lo dedico a mi viejo, que trabaja en el yacimiento y hoy no pudo venir", dijo el ' +
        'delantero, al que la hinchada ya apoda "el Petrolero".',
      'El entrenador, Gustavo Adrián Lucero, prefirió la cautela. "Todavía no ganamos nada", ' +
        'advirtió. "Este grupo se merece la final, pero la final hay que jugarla".',
      '"Nos faltó claridad en los últimos metros", reconoció el técnico de Cipolletti, Darío ' +
        'Funes, quien de todos modos consideró que su equipo mereció "al menos el empate".',
      "El Consejo Federal informó que la final se jugará a partido único en cancha neutral y que la " +
        'sede "se definirá en los próximos días".',
      "Un hincha de 70 años, que sigue al club desde su fundación, resumió el sentimiento del " +
        'pueblo: "Acá el fútbol es lo único que no se lleva el petróleo".',
    ],
    quotes: [
      [
        "Se lo dedico a mi viejo, que trabaja en el yacimiento y hoy no pudo venir",
        "Brian Ezequiel Sepúlveda",
      ],
      ["Todavía no ganamos nada", "Gustavo Adrián Lucero"],
      ["Este grupo se merece la final, pero la final hay que jugarla", "Gustavo Adrián Lucero"],
      ["Nos faltó claridad en los últimos metros", "Darío Funes"],
      ["al menos el empate", "Darío Funes"],
      ["se definirá en los próximos días", "El Consejo Federal"],
      ["Acá el fútbol es lo único que no se lleva el petróleo", "Un hincha de 70 años"],
    ],
  },
  {
    name:
      "El Pueblo, cultura: titular y primer párrafo con el título de un cuadro (no cita), " +
      "restauradora con «recordó» invertido y cita parcial tras «Según la especialista», dirección " +
      "de cultura en una resolución con cita parcial, dos mujeres en un párrafo con «confesó la " +
      "religiosa», historiador con «Para» y cita parcial y «añadió» sin sujeto, nombre de una sala " +
      "(no cita)",
    headline: "Restauran “La Virgen de la Candelaria con donantes”, un lienzo olvidado en Santa Catalina",
    paragraphs: [
      "Tras dos años de trabajo, el taller de restauración del Monasterio de Santa Catalina presentó " +
        "ayer el lienzo “La Virgen de la Candelaria con donantes”, una obra anónima del siglo XVIII " +
        "de la escuela cusqueña que permaneció enrollada durante décadas en un depósito del convento.",
      "“Cuando lo desenrollamos, había más hongos que pintura”, recordó la restauradora Rocío " +
        "Valdivia Zegarra, que dirigió los trabajos con un equipo de cuatro jóvenes arequipeños. " +
        "Según la especialista, el lienzo tenía “más de trescientos faltantes” y una capa de barniz " +
        "oscurecido que ocultaba por completo a los donantes.",
      "La Dirección Desconcentrada de Cultura de Arequipa, en una resolución publicada la semana " +
        "pasada, declaró la pintura Patrimonio Cultural de la Nación por constituir “un testimonio " +
        "singular de la devoción mariana en el sur andino”.",
      "La priora del monasterio, sor María Auxiliadora Chávez, y Valdivia encontraron juntas el " +
        "lienzo en 2023, durante un inventario. “Nosotras rezábamos delante de un cuadro que ni " +
        "siquiera podíamos ver”, confesó la religiosa.",
      "Para el historiador del arte Gonzalo Ríos Bedoya, docente de la Universidad Nacional de San " +
        "Agustín, la obra es “una de las mejores de su tipo en el sur del país”. “Los donantes " +
        "retratados son probablemente una familia de comerciantes de vino del valle de Vítor, y eso " +
        "nos cuenta mucho de la Arequipa de entonces”, añadió.",
      "El lienzo podrá verse desde el lunes en la sala “Tesoros de la Clausura” del monasterio, con " +
        "el boleto general de ingreso.",
    ],
    quotes: [
      ["Cuando lo desenrollamos, había más hongos que pintura", "Rocío Valdivia Zegarra"],
      ["más de trescientos faltantes", "Rocío Valdivia Zegarra"],
      [
        "un testimonio singular de la devoción mariana en el sur andino",
        "La Dirección Desconcentrada de Cultura de Arequipa",
      ],
      ["Nosotras rezábamos delante de un cuadro que ni siquiera podíamos ver", "María Auxiliadora Chávez"],
      ["una de las mejores de su tipo en el sur del país", "Gonzalo Ríos Bedoya"],
      [
        "Los donantes retratados son probablemente una familia de comerciantes de vino del valle de " +
          "Vítor, y eso nos cuenta mucho de la Arequipa de entonces",
        "Gonzalo Ríos Bedoya",
      ],
    ],
  },
  {
    name:
      "Zócalo Saltillo, policiaca (comillas rectas): término entre comillas en el titular (no " +
      "cita), fiscalía con «Según la dependencia» y cita parcial, vicefiscal con «detalló en rueda " +
      "de prensa» invertido, víctima anónima con «dijo la mujer» y segunda cita sin verbo, nombre " +
      "de un operativo (no cita), comisión que «ha advertido» con cita parcial, vecino anónimo con " +
      "«comentó» invertido",
    todo:
      "«Le escribieron a mi hija que yo era una ladro…» goes to una enfermera, not una enfermera de 41 " +
      "años; «Eso no se me va a olvidar nunca» goes to una enfermera, not una enfermera de 41 años; " +
      "«Operativo Préstamo Fantasma» taken for a quote",
    headline: 'Desarticulan red de "montadeudas" en Saltillo; víctimas pagaban hasta el triple',
    paragraphs: [
      "La Fiscalía General del Estado de Coahuila detuvo a siete personas que presuntamente operaban " +
        "una red de préstamos exprés por aplicación desde una casa de la colonia República, en " +
        "Saltillo, y extorsionaban a quienes se atrasaban en los pagos. Según la dependencia, la red " +
        'tenía "al menos 400 víctimas" en Coahuila y Nuevo León.',
      '"Prestaban mil pesos y cobraban tres mil en dos semanas. Al que no pagaba, le mandaban ' +
        'fotomontajes a todos sus contactos", detalló en rueda de prensa el vicefiscal de ' +
        "Coahuila, Jorge Alberto Ramos Cepeda.",
      "Una de las víctimas, una enfermera de 41 años que pidió omitir su nombre, relató a Zócalo " +
        'que llegó a recibir más de 200 llamadas en un día. "Le escribieron a mi hija que yo era ' +
        'una ladrona. Ella tiene 12 años", dijo la mujer. "Eso no se me va a olvidar nunca".',
      'En el cateo, al que la Fiscalía denominó "Operativo Préstamo Fantasma", los agentes ' +
        "aseguraron 52 teléfonos celulares, tres computadoras y libretas con listas de deudores.",
      "La Condusef ha advertido en repetidas ocasiones que estas aplicaciones " +
        '"no están reguladas" y recomienda no compartir la lista de contactos del teléfono.',
      '"Pensábamos que era un call center de los normales, entraban y salían muchachos todo el ' +
        'día", comentó un vecino de la colonia República.',
    ],
    quotes: [
      ["al menos 400 víctimas", "La Fiscalía General del Estado de Coahuila"],
      [
        "Prestaban mil pesos y cobraban tres mil en dos semanas. Al que no pagaba, le mandaban " +
          "fotomontajes a todos sus contactos",
        "Jorge Alberto Ramos Cepeda",
      ],
      ["Le escribieron a mi hija que yo era una ladrona. Ella tiene 12 años", "una enfermera de 41 años"],
      ["Eso no se me va a olvidar nunca", "una enfermera de 41 años"],
      ["no están reguladas", "La Condusef"],
      [
        "Pensábamos que era un call center de los normales, entraban y salían muchachos todo el día",
        "un vecino de la colonia República",
      ],
    ],
  },
]);
