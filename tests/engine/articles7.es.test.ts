// A seventh round of composed Spanish news articles, written before the engine was run on them, in the
// styles of outlets and beats the first six rounds did not use: El Diario Vasco (a city's tourist-flat
// moratorium), Las Provincias (orange growers' prices), Proceso (mothers searching for the disappeared),
// Listín Diario (unfinished classrooms in the Dominican Republic), La Prensa Gráfica (a dengue alert in
// El Salvador), El Deber (forest fires in Bolivia), Cadena COPE (a charity's report on poverty), Onda
// Cero (the electricity bill), El Heraldo (deportation flights to Honduras), Últimas Noticias (a
// Venezuelan baseball semifinal) and El Norte de Castilla (a film festival's opening night).
// Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("es", [
  {
    name: "El Diario Vasco, política local: entradilla con el Ayuntamiento, ha explicado el alcalde, Bildu",
    todo:
      "a body in the standfirst goes to the subject of the next clause; “según el Ayuntamiento” is not " +
      "linked to the body's full name",
    headline: "Donostia prohibirá nuevos pisos turísticos en toda la ciudad durante dos años",
    standfirst:
      "El Ayuntamiento quiere «frenar la sangría» de viviendas y el sector del alquiler vacacional " +
      "anuncia que recurrirá.",
    paragraphs: [
      "El Ayuntamiento de Donostia aprobará el próximo jueves en pleno una moratoria de dos años que " +
        "impedirá conceder nuevas licencias de pisos turísticos en los 17 barrios de la ciudad. La " +
        "medida, que amplía la que ya regía en la Parte Vieja y el Centro, afectará a unas 300 " +
        "solicitudes pendientes.",
      "«No podemos permitir que cada portal del Antiguo o de Gros acabe siendo un hotel encubierto», ha " +
        "explicado este martes el alcalde, Iñaki Arrieta, en la presentación de la propuesta. Según sus " +
        "datos, la ciudad ha perdido cerca de 1.400 viviendas residenciales en la última década.",
      "La concejala de Urbanismo, Nerea Goikoetxea, ha detallado que durante la moratoria se redactará " +
        "una modificación del Plan General que fijará un tope por barrio. «La idea es que ningún barrio " +
        "supere el 3 % de viviendas de uso turístico. Hoy hay calles de la Parte Vieja que están en el " +
        "20 %», ha precisado.",
      "La oposición apoyará la moratoria, aunque la considera insuficiente. El portavoz de EH Bildu, " +
        "Josu Etxeberria, ha recordado que su grupo lleva «cuatro años» pidiendo esta medida y ha " +
        "reclamado que se revisen también las licencias ya concedidas: «Congelar no es suficiente " +
        "cuando el daño ya está hecho».",
      "Muy distinta es la lectura de la Asociación de Apartamentos Turísticos de Gipuzkoa (Apartur). Su " +
        "presidenta, Amaia Lasa, ha avanzado que la entidad recurrirá el acuerdo en los tribunales " +
        "porque, a su juicio, «criminaliza a cientos de pequeños propietarios que cumplen la ley».",
      "En Gros, donde la presión turística es cada vez más visible, la plataforma vecinal Auzoa Bizirik " +
        "celebra el paso, pero pide más. «Nos alegramos, claro, pero llevamos años viendo cómo se vacían " +
        "los portales. Llega tarde», lamenta Itziar Mendizabal, una de sus portavoces.",
      "El pleno del jueves debatirá además una moción del PP para reforzar la inspección de los pisos " +
        "ilegales, que según el Ayuntamiento son «al menos 600».",
    ],
    quotes: [
      ["frenar la sangría", "El Ayuntamiento de Donostia"],
      [
        "No podemos permitir que cada portal del Antiguo o de Gros acabe siendo un hotel encubierto",
        "Iñaki Arrieta",
      ],
      [
        "La idea es que ningún barrio supere el 3 % de viviendas de uso turístico. Hoy hay calles de la " +
          "Parte Vieja que están en el 20 %",
        "Nerea Goikoetxea",
      ],
      ["cuatro años", "Josu Etxeberria"],
      ["Congelar no es suficiente cuando el daño ya está hecho", "Josu Etxeberria"],
      ["criminaliza a cientos de pequeños propietarios que cumplen la ley", "Amaia Lasa"],
      [
        "Nos alegramos, claro, pero llevamos años viendo cómo se vacían los portales. Llega tarde",
        "Itziar Mendizabal",
      ],
      ["al menos 600", "El Ayuntamiento de Donostia"],
    ],
  },
  {
    name: "Las Provincias, campo: cita en el titular, resume su presidente, agricultor con edad, calificó de",
    headline: "Los citricultores venden por debajo de costes: «Estamos regalando la naranja»",
    paragraphs: [
      "La campaña de la naranja arranca en la Comunitat con precios en el campo que no cubren ni los " +
        "gastos de cultivo. Las primeras variedades se pagan este mes a entre 18 y 22 céntimos el kilo, " +
        "cuando producirlo cuesta al menos 30, según los cálculos de la Asociación Valenciana de " +
        "Agricultores (AVA-Asaja).",
      "«Estamos regalando la naranja. Con estos precios, el que recoge pierde dinero y el que no recoge, " +
        "también», resume su presidente, Enric Server, que acusa a las grandes cadenas de distribución " +
        "de «imponer» los precios desde el primer día.",
      "Salvador Llopis, agricultor de Alzira de 58 años, ha dejado sin recoger este año dos de sus cinco " +
        "hanegadas. «Mi padre vivía de esto con la mitad de tierra. Yo ya no sé para qué sigo», confiesa " +
        "mientras señala los árboles cargados de fruta.",
      "El Comité de Gestión de Cítricos, que agrupa a los exportadores, rechaza que el problema esté en " +
        "la comercialización y apunta a la competencia de Sudáfrica y Egipto, cuyas naranjas llegan a " +
        "Europa «sin cumplir las mismas exigencias fitosanitarias». Su director, Bernardo Alfonso, " +
        "insistió ayer en que Bruselas debe aplicar «la reciprocidad de una vez».",
      "La consellera de Agricultura, Pilar Sanchis, anunció que la Generalitat pedirá al Ministerio que " +
        "vigile las compras por debajo de coste que prohíbe la Ley de la Cadena Alimentaria. «Vamos a " +
        "denunciar cada contrato que no respete la ley, venga de quien venga», aseguró en Les Corts.",
      "La Unió Llauradora, por su parte, reclama ayudas directas por hectárea. Su secretaria general, " +
        "Carla Martí, calificó de «insuficientes» las medidas anunciadas y advirtió: «Si no hay dinero " +
        "este invierno, en primavera habrá miles de campos abandonados».",
    ],
    quotes: [
      ["Estamos regalando la naranja", "Enric Server"],
      [
        "Estamos regalando la naranja. Con estos precios, el que recoge pierde dinero y el que no recoge, " +
          "también",
        "Enric Server",
      ],
      ["imponer", "Enric Server"],
      ["Mi padre vivía de esto con la mitad de tierra. Yo ya no sé para qué sigo", "Salvador Llopis"],
      ["sin cumplir las mismas exigencias fitosanitarias", "El Comité de Gestión de Cítricos"],
      ["la reciprocidad de una vez", "Bernardo Alfonso"],
      ["Vamos a denunciar cada contrato que no respete la ley, venga de quien venga", "Pilar Sanchis"],
      ["insuficientes", "Carla Martí"],
      ["Si no hay dinero este invierno, en primavera habrá miles de campos abandonados", "Carla Martí"],
    ],
  },
  {
    name: "Proceso, desaparecidos: cita de la fiscalía en el titular, incise con rayas, por escrito",
    todo:
      "a body named in full and then “la fiscalía”, “la fiscalía estatal” is not linked to its full name; " +
      "“la dependencia” is, but the name is read without its lower-case “del estado”",
    headline:
      "Madres buscadoras hallan 14 fosas en un rancho de Reynosa donde la fiscalía dijo que “no había nada”",
    paragraphs: [
      "REYNOSA, Tamps. (Proceso).– Con varillas, palas y la información de una llamada anónima, " +
        "integrantes del colectivo Corazones en Busca localizaron 14 fosas clandestinas en un rancho del " +
        "ejido La Retama, a 30 kilómetros de esta ciudad fronteriza, donde en marzo pasado la Fiscalía " +
        "General de Justicia del estado realizó una inspección de apenas dos horas.",
      "En aquella ocasión, la dependencia informó a las familias que en el predio “no había nada”. Ocho " +
        "meses después, los restos de al menos 22 personas siguen saliendo de la tierra.",
      "“Nos dijeron que nos fuéramos a casa, que ahí ya se había buscado –dice Rosalba Treviño, " +
        "fundadora del colectivo, cuyo hijo Édgar desapareció en 2019–. Si les hubiéramos hecho caso, " +
        "estos muchachos se quedaban ahí para siempre.”",
      "El perito independiente Arturo Garza Leal, que acompaña al colectivo a petición de las familias, " +
        "explicó a Proceso que varias de las fosas muestran restos de combustión. “Quemaron los cuerpos " +
        "y luego los cubrieron con cal. Es un patrón que hemos visto en otros puntos del estado”, señaló.",
      "Consultada por este semanario, la fiscalía estatal respondió por escrito que la inspección de " +
        "marzo “se realizó conforme a los protocolos vigentes” y que la carpeta de investigación “sigue " +
        "abierta”. No precisó cuántos agentes participaron ni por qué no se excavó el terreno.",
      "La Comisión Nacional de Búsqueda envió el lunes un equipo al predio. Su titular, Teresa Guadalupe " +
        "Reyes, reconoció en conferencia de prensa que el caso “evidencia fallas graves” en la " +
        "coordinación con las autoridades locales y se comprometió a que los restos sean identificados " +
        "“con la participación de las familias en cada paso”.",
      "Para Rosalba Treviño, las promesas llegan tarde. “A nosotras nadie nos va a devolver estos ocho " +
        "meses. Lo único que pedimos es que ahora sí hagan su trabajo.”",
    ],
    quotes: [
      ["no había nada", "la Fiscalía General de Justicia del estado"],
      [
        "Nos dijeron que nos fuéramos a casa, que ahí ya se había buscado –dice Rosalba Treviño, " +
          "fundadora del colectivo, cuyo hijo Édgar desapareció en 2019–. Si les hubiéramos hecho caso, " +
          "estos muchachos se quedaban ahí para siempre.",
        "Rosalba Treviño",
      ],
      [
        "Quemaron los cuerpos y luego los cubrieron con cal. Es un patrón que hemos visto en otros " +
          "puntos del estado",
        "Arturo Garza Leal",
      ],
      ["se realizó conforme a los protocolos vigentes", "la Fiscalía General de Justicia del estado"],
      ["sigue abierta", "la Fiscalía General de Justicia del estado"],
      ["evidencia fallas graves", "Teresa Guadalupe Reyes"],
      ["con la participación de las familias en cada paso", "Teresa Guadalupe Reyes"],
      [
        "A nosotras nadie nos va a devolver estos ocho meses. Lo único que pedimos es que ahora sí hagan " +
          "su trabajo.",
        "Rosalba Treviño",
      ],
    ],
  },
  {
    name: "Listín Diario, educación: gremio en sigla, afirmó el presidente tras la cita, ministro, madre",
    headline: "ADP amenaza con paro si Educación no entrega las aulas prometidas",
    paragraphs: [
      "SANTO DOMINGO. La Asociación Dominicana de Profesores (ADP) advirtió ayer que convocará un paro " +
        "nacional de 48 horas si el Ministerio de Educación (Minerd) no entrega antes de diciembre las " +
        "1,200 aulas que prometió para el inicio del año escolar.",
      "“Hay escuelas en San Cristóbal y en Santiago donde los niños reciben clases debajo de una mata o " +
        "en una iglesia prestada. Eso no es una educación digna”, afirmó el presidente del gremio, Rafael " +
        "Santana Peña, durante una rueda de prensa en la sede de la ADP.",
      "Santana Peña dijo además que los docentes esperan desde agosto el pago del incentivo por " +
        "desempeño y calificó la situación de “una burla”.",
      "El ministro de Educación, Julio Ernesto Ferreras, respondió horas después que el 70 por ciento de " +
        "las aulas ya está terminado y que el resto se entregará “de manera escalonada” antes de que " +
        "finalice el primer semestre. “Entendemos la impaciencia, pero no vamos a inaugurar planteles " +
        "que no sean seguros”, expresó el funcionario en un comunicado.",
      "En el liceo Juan Pablo Duarte de Villa Mella, donde unos 400 estudiantes toman clases en tandas " +
        "reducidas, la directora del centro, Yocasta Mejía, describió un panorama difícil. “Tenemos que " +
        "dividir a los muchachos en tres tandas y así no se cumple el horario. Los de la tarde salen de " +
        "noche”, explicó a Listín Diario.",
      "Marleny Rosario, madre de dos estudiantes del centro, dijo sentirse cansada de las promesas. " +
        "“Cada año es lo mismo: nos dicen que en septiembre, después que en enero”.",
      "La Federación de Asociaciones de Padres de la Escuela Pública pidió a ambas partes que no usen a " +
        "los estudiantes “como moneda de cambio”.",
    ],
    quotes: [
      [
        "Hay escuelas en San Cristóbal y en Santiago donde los niños reciben clases debajo de una mata o " +
          "en una iglesia prestada. Eso no es una educación digna",
        "Rafael Santana Peña",
      ],
      ["una burla", "Rafael Santana Peña"],
      ["de manera escalonada", "Julio Ernesto Ferreras"],
      [
        "Entendemos la impaciencia, pero no vamos a inaugurar planteles que no sean seguros",
        "Julio Ernesto Ferreras",
      ],
      [
        "Tenemos que dividir a los muchachos en tres tandas y así no se cumple el horario. Los de la tarde " +
          "salen de noche",
        "Yocasta Mejía",
      ],
      ["Cada año es lo mismo: nos dicen que en septiembre, después que en enero", "Marleny Rosario"],
      ["como moneda de cambio", "La Federación de Asociaciones de Padres de la Escuela Pública"],
    ],
  },
  {
    name: "La Prensa Gráfica, salud: entradilla con un colegio, el viceministro, contó a LPG, epidemióloga",
    todo:
      "a body that speaks in the standfirst by its short name (“El Colegio Médico”) is not given the full " +
      "name the body writes later",
    headline: "Salud declara alerta roja por dengue en cinco departamentos",
    standfirst:
      "Los hospitales pediátricos reportan una ocupación de hasta el 90 %. El Colegio Médico pide " +
      "“transparencia en las cifras”.",
    paragraphs: [
      "El Ministerio de Salud (Minsal) declaró este lunes alerta roja por dengue en San Salvador, La " +
        "Libertad, San Miguel, Usulután y Sonsonate, tras registrar 4,312 casos sospechosos en lo que va " +
        "del año, un 60 % más que en el mismo periodo del año anterior.",
      "El viceministro de Salud, Carlos Alfredo Menjívar, explicó en conferencia de prensa que la medida " +
        "permite trasladar personal y medicamentos a los centros más saturados. “No estamos ante una " +
        "situación fuera de control, pero sí ante una temporada más agresiva que las anteriores”, afirmó.",
      "Según el funcionario, la mayoría de los casos graves se concentran en niños menores de diez años. " +
        "En el Hospital Nacional de Niños Benjamín Bloom, la ocupación de las áreas de atención de " +
        "dengue alcanzó el 90 % durante el fin de semana.",
      "Fuera de la emergencia del Bloom, Wendy Carolina Portillo esperaba noticias de su hijo de seis " +
        "años, ingresado desde el sábado. “Primero pensamos que era una gripe. Cuando le bajaron las " +
        "plaquetas nos vinimos corriendo desde Apopa”, contó a LA PRENSA GRÁFICA.",
      "El Colegio Médico de El Salvador cuestionó que el Minsal publique solo los casos sospechosos y no " +
        "los confirmados por laboratorio. Su presidente, Mauricio Alvarenga, dijo que sin esos datos " +
        "“es imposible saber la dimensión real del brote” y pidió “transparencia” a las autoridades.",
      "La epidemióloga Lorena Castaneda, de la Universidad de El Salvador, recomendó a las familias " +
        "eliminar los criaderos en patios y pilas. “El zancudo no viene de lejos: se cría en la casa de " +
        "uno. Una pila destapada basta”, advirtió.",
      "El Minsal anunció que este fin de semana realizará una jornada nacional de fumigación y que 3,000 " +
        "brigadistas visitarán viviendas en las zonas más afectadas.",
    ],
    quotes: [
      ["transparencia en las cifras", "El Colegio Médico de El Salvador"],
      [
        "No estamos ante una situación fuera de control, pero sí ante una temporada más agresiva que las " +
          "anteriores",
        "Carlos Alfredo Menjívar",
      ],
      [
        "Primero pensamos que era una gripe. Cuando le bajaron las plaquetas nos vinimos corriendo desde " +
          "Apopa",
        "Wendy Carolina Portillo",
      ],
      ["es imposible saber la dimensión real del brote", "Mauricio Alvarenga"],
      ["transparencia", "Mauricio Alvarenga"],
      [
        "El zancudo no viene de lejos: se cría en la casa de uno. Una pila destapada basta",
        "Lorena Castaneda",
      ],
    ],
  },
  {
    name: "El Deber, incendios: relató a EL DEBER con cargo después, desde La Paz, la cacica, para X",
    headline: "San Ignacio pide auxilio: el fuego ya consumió 300.000 hectáreas en la Chiquitanía",
    paragraphs: [
      "El incendio que avanza desde hace doce días sobre los bosques de San Ignacio de Velasco ya arrasó " +
        "más de 300.000 hectáreas y obligó a evacuar a tres comunidades, según el último reporte de la " +
        "Gobernación de Santa Cruz.",
      "“El fuego cambia de dirección cada tarde con el viento. Apagamos un frente y a las dos horas " +
        "tenemos otro detrás”, relató a EL DEBER Óscar Melgar, comandante de un grupo de bomberos " +
        "forestales voluntarios que trabaja en la zona desde la primera semana.",
      "El secretario de Medio Ambiente de la Gobernación, Ronald Justiniano, pidió al Gobierno nacional " +
        "que declare emergencia nacional para poder recibir ayuda internacional. “Los recursos del " +
        "departamento no alcanzan. Necesitamos aviones cisterna y los necesitamos ahora”, sostuvo.",
      "Desde La Paz, el viceministro de Defensa Civil, Gustavo Quispe Mamani, descartó por ahora esa " +
        "medida y aseguró que el Ejecutivo ha desplegado “más de 1.500 efectivos” y dos helicópteros. " +
        "“La declaratoria no apaga el fuego; lo apagan los hombres en el terreno”, dijo en una entrevista " +
        "con una radio local.",
      "Los indígenas chiquitanos denuncian que los focos empezaron en predios donde se habían autorizado " +
        "quemas. La cacica de la comunidad Santa Rosita, Juana Chuvé, aseguró que los vecinos vieron el " +
        "humo “en las mismas propiedades de siempre”. “Cada año nos queman el monte y nadie va preso”, " +
        "lamentó.",
      "La Federación de Ganaderos de Santa Cruz (Fegasacruz) rechazó en un comunicado lo que calificó de " +
        "“acusaciones sin pruebas” y recordó que sus afiliados también han perdido pasturas y cabezas de " +
        "ganado.",
      "Para el biólogo Marcelo Arze, de la Fundación Bosque Vivo, la recuperación del bosque chiquitano " +
        "tardará “al menos medio siglo” en las zonas más dañadas.",
    ],
    quotes: [
      [
        "El fuego cambia de dirección cada tarde con el viento. Apagamos un frente y a las dos horas " +
          "tenemos otro detrás",
        "Óscar Melgar",
      ],
      [
        "Los recursos del departamento no alcanzan. Necesitamos aviones cisterna y los necesitamos ahora",
        "Ronald Justiniano",
      ],
      ["más de 1.500 efectivos", "Gustavo Quispe Mamani"],
      ["La declaratoria no apaga el fuego; lo apagan los hombres en el terreno", "Gustavo Quispe Mamani"],
      ["en las mismas propiedades de siempre", "Juana Chuvé"],
      ["Cada año nos queman el monte y nadie va preso", "Juana Chuvé"],
      ["acusaciones sin pruebas", "La Federación de Ganaderos de Santa Cruz"],
      ["al menos medio siglo", "Marcelo Arze"],
    ],
  },
  {
    name: "Cadena COPE, sociedad: programa entre comillas simples, el informe señala, monseñor, voluntaria",
    headline: "Cáritas alerta: uno de cada cuatro hogares que atiende ya tiene a alguien trabajando",
    paragraphs: [
      "Cáritas Española ha presentado este jueves su informe anual de acción social. La entidad atendió " +
        "el año pasado a más de 1,3 millones de personas, y el dato que más le preocupa es el de los " +
        "trabajadores pobres: en el 26 % de los hogares que piden ayuda hay al menos una persona con " +
        "empleo.",
      "“Tener trabajo ya no protege de la pobreza. Hay familias con dos sueldos que no llegan a pagar el " +
        "alquiler y la comida”, ha explicado en 'Mediodía COPE' la secretaria general de Cáritas, Elena " +
        "Márquez Ortiz.",
      "El informe señala que la vivienda se ha convertido en “el principal factor de exclusión” y que el " +
        "alquiler se lleva más del 40 % de los ingresos en siete de cada diez familias acompañadas.",
      "El obispo responsable de la pastoral social en la Conferencia Episcopal, monseñor Andrés Villalba, " +
        "ha pedido a las administraciones “un pacto de Estado por la vivienda” que no dependa del color " +
        "del Gobierno. “La dignidad de una familia no puede depender de lo que cueste un piso”, ha " +
        "afirmado en declaraciones a COPE.",
      "En la parroquia de San Ramón Nonato, en el madrileño barrio de Puente de Vallecas, los voluntarios " +
        "lo comprueban cada semana. “Antes venían sobre todo personas mayores solas. Ahora vienen " +
        "matrimonios jóvenes con niños, y muchos vienen con la ropa del trabajo”, cuenta Lucía, " +
        "voluntaria desde hace ocho años, que prefiere no dar su apellido.",
      "Fuentes del Ministerio de Derechos Sociales recuerdan que el ingreso mínimo vital llega ya a " +
        "700.000 hogares y que el Gobierno trabaja para que “ninguna familia que tenga derecho a la ayuda " +
        "se quede fuera”.",
      "Márquez ha insistido en que la red de Cáritas no puede sustituir al Estado: “Nosotros " +
        "acompañamos, pero no podemos ser la solución permanente de nadie”.",
    ],
    quotes: [
      [
        "Tener trabajo ya no protege de la pobreza. Hay familias con dos sueldos que no llegan a pagar el " +
          "alquiler y la comida",
        "Elena Márquez Ortiz",
      ],
      ["el principal factor de exclusión", "El informe"],
      ["un pacto de Estado por la vivienda", "Andrés Villalba"],
      ["La dignidad de una familia no puede depender de lo que cueste un piso", "Andrés Villalba"],
      [
        "Antes venían sobre todo personas mayores solas. Ahora vienen matrimonios jóvenes con niños, y " +
          "muchos vienen con la ropa del trabajo",
        "Lucía",
      ],
      [
        "ninguna familia que tenga derecho a la ayuda se quede fuera",
        "Fuentes del Ministerio de Derechos Sociales",
      ],
      ["Nosotros acompañamos, pero no podemos ser la solución permanente de nadie", "Elena Márquez Ortiz"],
    ],
  },
  {
    name: "Onda Cero, economía: cita de un portavoz en el titular, ha zanjado, fuentes de una eléctrica",
    headline:
      "La luz sube un 15 % en noviembre y la OCU pide rebajar el IVA: «El invierno va a ser muy duro»",
    paragraphs: [
      "El precio medio de la electricidad en el mercado mayorista ha cerrado noviembre un 15 % por " +
        "encima del mes anterior, lo que se traducirá en una factura unos 11 euros más cara para un " +
        "consumidor medio acogido a la tarifa regulada, según los cálculos de la Organización de " +
        "Consumidores y Usuarios (OCU).",
      "Su portavoz, Rubén Sáez Lorente, ha alertado en 'Más de uno' de que la subida llega en el peor " +
        "momento. «El invierno va a ser muy duro para muchas familias que ya ponen la calefacción con " +
        "miedo», ha asegurado, antes de pedir al Gobierno que recupere la rebaja del IVA de la luz.",
      "El analista de mercados energéticos de la consultora Enerdata Ibérica Javier Colón atribuye el " +
        "repunte a la falta de viento y al precio del gas. «Hemos tenido dos semanas casi sin eólica y " +
        "con mucha demanda. Cuando eso pasa, el gas marca el precio y el precio se dispara», ha " +
        "explicado a Onda Cero.",
      "La ministra para la Transición Ecológica, Marta Ruiz Galdón, ha descartado por ahora bajar el " +
        "impuesto. En una entrevista en 'La Brújula', ha defendido que la subida es «coyuntural» y que el " +
        "precio medio del año sigue siendo «el más bajo desde 2020». «No vamos a tomar decisiones " +
        "fiscales por lo que pase en un mes», ha zanjado.",
      "Las eléctricas, por su parte, recuerdan que la mayoría de sus clientes tiene contratos de precio " +
        "fijo. Fuentes de una de las grandes comercializadoras explican a esta emisora que solo «uno de " +
        "cada tres hogares» notará la subida en su próxima factura.",
      "En un mercado de Valladolid, Maribel, jubilada de 71 años, lo tiene claro: «Yo miro el precio de " +
        "la luz en el móvil antes de poner la lavadora. Nunca pensé que a mi edad iba a estar haciendo " +
        "estas cuentas».",
    ],
    quotes: [
      ["El invierno va a ser muy duro", "Rubén Sáez Lorente"],
      [
        "El invierno va a ser muy duro para muchas familias que ya ponen la calefacción con miedo",
        "Rubén Sáez Lorente",
      ],
      [
        "Hemos tenido dos semanas casi sin eólica y con mucha demanda. Cuando eso pasa, el gas marca el " +
          "precio y el precio se dispara",
        "Javier Colón",
      ],
      ["coyuntural", "Marta Ruiz Galdón"],
      ["el más bajo desde 2020", "Marta Ruiz Galdón"],
      ["No vamos a tomar decisiones fiscales por lo que pase en un mes", "Marta Ruiz Galdón"],
      ["uno de cada tres hogares", "Fuentes de una de las grandes comercializadoras"],
      [
        "Yo miro el precio de la luz en el móvil antes de poner la lavadora. Nunca pensé que a mi edad iba " +
          "a estar haciendo estas cuentas",
        "Maribel",
      ],
    ],
  },
  {
    name: "El Heraldo, migración: detalló la coordinadora, relató a EL HERALDO, el canciller, la embajada",
    headline: "Honduras recibe 38 vuelos de deportados en octubre, la cifra más alta en un solo mes",
    paragraphs: [
      "TEGUCIGALPA. Un total de 38 vuelos con hondureños deportados desde Estados Unidos aterrizaron en " +
        "octubre en los aeropuertos de San Pedro Sula y Tegucigalpa, la cifra mensual más alta desde que " +
        "se lleva registro, según datos del Observatorio Consular y Migratorio de Honduras.",
      "En el Centro de Atención al Migrante Retornado (CAMR) de San Pedro Sula, los funcionarios reciben " +
        "cada día a entre 150 y 300 personas. “Muchos llegan sin nada, con la ropa que traían puesta el " +
        "día que los detuvieron, y sin haber hablado con su familia”, detalló la coordinadora del " +
        "centro, Dania Zelaya.",
      "Entre ellos estaba Wilmer Antonio Cruz, de 34 años, originario de Olanchito, que vivió nueve años " +
        "en Houston. “Me agarraron saliendo del trabajo. En dos semanas ya estaba aquí. Mis hijos se " +
        "quedaron allá con su mamá”, relató a EL HERALDO.",
      "El canciller, Mario Rodas Fúnez, indicó que el Gobierno ha pedido a Washington que notifique los " +
        "vuelos “con al menos 72 horas de anticipación” para preparar la recepción. “No nos oponemos a " +
        "que regresen, son nuestra gente. Lo que pedimos es un retorno digno y ordenado”, expresó el " +
        "diplomático tras reunirse con el cuerpo consular.",
      "La embajada de Estados Unidos en Tegucigalpa señaló en un comunicado que los vuelos se realizan " +
        "“en estricto cumplimiento de la ley” y en coordinación con las autoridades hondureñas.",
      "Para la socióloga Sofía Mejía Bonilla, del Foro Nacional para las Migraciones, el problema empieza " +
        "después del aeropuerto. “El Estado recibe bien a la gente en la pista, pero a la semana ya nadie " +
        "sabe dónde están. Sin empleo, muchos vuelven a intentar el viaje”, advirtió.",
    ],
    quotes: [
      [
        "Muchos llegan sin nada, con la ropa que traían puesta el día que los detuvieron, y sin haber " +
          "hablado con su familia",
        "Dania Zelaya",
      ],
      [
        "Me agarraron saliendo del trabajo. En dos semanas ya estaba aquí. Mis hijos se quedaron allá con " +
          "su mamá",
        "Wilmer Antonio Cruz",
      ],
      ["con al menos 72 horas de anticipación", "Mario Rodas Fúnez"],
      [
        "No nos oponemos a que regresen, son nuestra gente. Lo que pedimos es un retorno digno y ordenado",
        "Mario Rodas Fúnez",
      ],
      ["en estricto cumplimiento de la ley", "La embajada de Estados Unidos en Tegucigalpa"],
      [
        "El Estado recibe bien a la gente en la pista, pero a la semana ya nadie sabe dónde están. Sin " +
          "empleo, muchos vuelven a intentar el viaje",
        "Sofía Mejía Bonilla",
      ],
    ],
  },
  {
    name: "Últimas Noticias, béisbol: apodo entre comillas, el estratega, el piloto, el zurdo, un abonado",
    headline: "Leones dejan en el terreno al Magallanes y se ponen a un juego de la final",
    paragraphs: [
      "Un sencillo de Carlos “Cheo” Rengifo en el décimo inning le dio a los Leones del Caracas una " +
        "victoria de 4-3 sobre los Navegantes del Magallanes, anoche en el estadio Monumental Simón " +
        "Bolívar, y puso la serie semifinal 3-1 a favor de los melenudos.",
      "“Le estaba buscando la recta desde el primer turno. Sabía que en algún momento me la iba a dejar " +
        "arriba”, dijo Rengifo, rodeado de periodistas en el club house.",
      "El mánager de los Leones, Omar López Tovar, elogió el trabajo del bullpen, que lanzó cinco " +
        "entradas en blanco. “Los muchachos del bullpen nos mantuvieron vivos. Sin ellos no estamos " +
        "hablando de esta victoria”, afirmó el estratega.",
      "En el otro dugout, el piloto del Magallanes, Wilfredo Pinto, asumió la responsabilidad por la " +
        "decisión de dejar al abridor un inning más. “Esa es mía. Lo vi bien y me equivoqué”, reconoció. " +
        "“Pero esta serie no se ha acabado. Hemos ganado dos seguidos en este estadio antes”.",
      "El abridor magallanero, el zurdo Yender Caraballo, permitió tres carreras en seis entradas y " +
        "calificó su salida de “aceptable”.",
      "En las tribunas, la fiesta caraquista se prolongó hasta la madrugada. “Veinte años viniendo al " +
        "estadio y esto no se lo cambio por nada”, gritaba José Gregorio Mendoza, abonado del Caracas " +
        "desde 2004, con una bandera en los hombros.",
      "El quinto juego de la serie se disputará este jueves en Valencia. La directiva del Caracas " +
        "anunció que habrá “boletos limitados” para los aficionados visitantes.",
    ],
    quotes: [
      [
        "Le estaba buscando la recta desde el primer turno. Sabía que en algún momento me la iba a dejar " +
          "arriba",
        "Carlos Rengifo",
      ],
      [
        "Los muchachos del bullpen nos mantuvieron vivos. Sin ellos no estamos hablando de esta victoria",
        "Omar López Tovar",
      ],
      ["Esa es mía. Lo vi bien y me equivoqué", "Wilfredo Pinto"],
      ["Pero esta serie no se ha acabado. Hemos ganado dos seguidos en este estadio antes", "Wilfredo Pinto"],
      ["aceptable", "Yender Caraballo"],
      ["Veinte años viniendo al estadio y esto no se lo cambio por nada", "José Gregorio Mendoza"],
      ["boletos limitados", "La directiva del Caracas"],
    ],
  },
  {
    name: "El Norte de Castilla, cultura: título de película, explicó la directora, bromeó, calificó de",
    todo:
      "a relative clause after a long apposition (“X, Espiga de Honor…, que dedicó el premio a «…»”) " +
      "gives the quote to the speaker of the paragraph before",
    headline: "La Seminci abre con «La casa del molino», un drama rural rodado en Tierra de Campos",
    paragraphs: [
      "La 70 edición de la Semana Internacional de Cine de Valladolid arrancó anoche en el teatro " +
        "Calderón con el estreno de «La casa del molino», el segundo largometraje de la palentina Irene " +
        "Villagrá, rodado el pasado invierno en pueblos de Tierra de Campos con actores no profesionales.",
      "«Quería contar cómo se vacía un pueblo desde dentro, sin la mirada del turista ni la del que " +
        "vuelve en agosto», explicó la directora en la rueda de prensa previa a la gala, a la que acudió " +
        "con buena parte del reparto.",
      "Entre ellos estaba Tomás Alonso, agricultor de Villalón de 74 años, que interpreta al padre de la " +
        "protagonista y que nunca se había puesto delante de una cámara. «Me dijeron que hiciera lo que " +
        "hago todos los días. Lo difícil era no mirar al objetivo», bromeó.",
      "El director del festival, Álvaro Peña Trujillo, defendió la elección de una película pequeña para " +
        "inaugurar la sección oficial. «La Seminci tiene que ser el lugar donde el cine de aquí se mide " +
        "con el de fuera, de tú a tú», aseguró.",
      "La gala, presentada por la actriz vallisoletana Marta Cuesta, rindió homenaje al director de " +
        "fotografía Julián Ortega, Espiga de Honor de esta edición, que dedicó el premio a «todos los " +
        "eléctricos y maquinistas que nunca salen en los créditos».",
      "El alcalde de Valladolid, Roberto Sáenz, aprovechó su intervención para anunciar que el " +
        "Ayuntamiento ampliará en un 10 % su aportación al certamen, una decisión que calificó de " +
        "«apuesta por la cultura como motor económico».",
    ],
    quotes: [
      [
        "Quería contar cómo se vacía un pueblo desde dentro, sin la mirada del turista ni la del que " +
          "vuelve en agosto",
        "Irene Villagrá",
      ],
      [
        "Me dijeron que hiciera lo que hago todos los días. Lo difícil era no mirar al objetivo",
        "Tomás Alonso",
      ],
      [
        "La Seminci tiene que ser el lugar donde el cine de aquí se mide con el de fuera, de tú a tú",
        "Álvaro Peña Trujillo",
      ],
      ["todos los eléctricos y maquinistas que nunca salen en los créditos", "Julián Ortega"],
      ["apuesta por la cultura como motor económico", "Roberto Sáenz"],
    ],
  },
]);
