// Composed Portuguese news articles (Folha, Estadão, G1, Correio Braziliense, Público styles): each
// mixes the ways a whole article attributes its quotes, so speakers must carry across paragraphs,
// descriptions and pronouns. Every article is written for this test; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("pt", [
  {
    name: "Folha, política: o presidente Lula, para o líder, chamou a proposta de, em nota, de acordo com",
    todo:
      "“De acordo com o relator … na Câmara, deputado Marcos Vieira (MDB-PE), …”: an apposition opening " +
      "on a bare office now names the source, but not after a description holding a capital (“na " +
      "Câmara”), which stays “o relator da proposta”",
    headline: "Lula diz que reforma “não vai tirar direito de ninguém”",
    paragraphs: [
      "O presidente Luiz Inácio Lula da Silva (PT) afirmou nesta terça-feira (12) que a reforma " +
        "administrativa “não vai tirar direito de ninguém” e cobrou pressa do Congresso.",
      "“Quem acha que o servidor público é o problema do Brasil não conhece o Brasil”, disse Lula " +
        "durante evento no Palácio do Planalto.",
      "Para o líder da oposição no Senado, Roberto Falcão (PL-SC), o governo “quer aprovar tudo no grito”.",
      "O senador chamou a proposta de “manobra eleitoral” e disse que vai apresentar um texto alternativo.",
      "Em nota, o Ministério da Gestão afirmou que o texto “preserva a estabilidade dos atuais servidores”.",
      "De acordo com o relator da proposta na Câmara, deputado Marcos Vieira (MDB-PE), a votação deve " +
        "ocorrer “antes do recesso de julho”.",
      "“Não há acordo ainda”, admitiu Vieira.",
    ],
    quotes: [
      ["não vai tirar direito de ninguém", "Luiz Inácio Lula da Silva"],
      [
        "Quem acha que o servidor público é o problema do Brasil não conhece o Brasil",
        "Luiz Inácio Lula da Silva",
      ],
      ["quer aprovar tudo no grito", "Roberto Falcão"],
      ["manobra eleitoral", "Roberto Falcão"],
      ["preserva a estabilidade dos atuais servidores", "o Ministério da Gestão"],
      ["antes do recesso de julho", "Marcos Vieira"],
      ["Não há acordo ainda", "Marcos Vieira"],
    ],
  },
  {
    name: "G1, cidades: titular com « diz morador », contou ao g1, de acordo com, o tenente, em nota",
    headline: "Incêndio atinge prédio no centro de São Paulo; “foi tudo muito rápido”, diz morador",
    paragraphs: [
      "Um incêndio atingiu um prédio residencial no centro de São Paulo na madrugada desta " +
        "quarta-feira (3). Segundo o Corpo de Bombeiros, 42 pessoas foram retiradas do local e não há " +
        "vítimas.",
      "“Foi tudo muito rápido. Acordei com a fumaça e só deu tempo de pegar meus filhos”, contou ao " +
        "g1 o porteiro José Almeida, de 51 anos, que mora no quarto andar.",
      "De acordo com o tenente Paulo Ribeiro, porta-voz da corporação, o fogo começou “provavelmente " +
        "em um curto-circuito no segundo andar”.",
      "“A perícia vai confirmar a causa”, disse o tenente.",
      "A Prefeitura de São Paulo informou, em nota, que a Defesa Civil “está prestando todo o apoio " +
        "às famílias desalojadas”.",
      "A moradora Ana Beatriz Souza, de 34 anos, disse que os moradores já tinham reclamado da " +
        "fiação. “A gente avisou o síndico várias vezes”, afirmou.",
    ],
    quotes: [
      ["foi tudo muito rápido", "José Almeida"],
      ["Foi tudo muito rápido. Acordei com a fumaça e só deu tempo de pegar meus filhos", "José Almeida"],
      ["provavelmente em um curto-circuito no segundo andar", "Paulo Ribeiro"],
      ["A perícia vai confirmar a causa", "Paulo Ribeiro"],
      ["está prestando todo o apoio às famílias desalojadas", "A Prefeitura de São Paulo"],
      ["A gente avisou o síndico várias vezes", "Ana Beatriz Souza"],
    ],
  },
  {
    name: "Público, Portugal: aspas « », o ministro garantiu, considerou, segundo o relatório, a autarca",
    headline: "Governo aprova novo aeroporto: «É uma decisão histórica», diz ministro",
    paragraphs: [
      "O Conselho de Ministros aprovou esta quinta-feira o plano de construção do novo aeroporto de " +
        "Lisboa, em Alcochete, com um custo estimado de 8,5 mil milhões de euros.",
      "«É uma decisão histórica, que o país adiou durante cinquenta anos», afirmou o ministro das " +
        "Infraestruturas, Miguel Pinto Correia, no final da reunião.",
      "O ministro garantiu que a obra «não vai pesar no bolso dos contribuintes» e que será " +
        "financiada pela concessionária.",
      "O líder do maior partido da oposição, Nuno Serrano, considerou que o Governo «fez tudo à " +
        "pressa» e exigiu um estudo de impacto ambiental independente.",
      "Segundo o relatório da Comissão Técnica Independente, divulgado em março, Alcochete era «a " +
        "opção mais robusta».",
      "A presidente da Câmara de Benavente, Helena Marques, disse ao PÚBLICO que o concelho «quer ser " +
        "ouvido». «Ninguém nos perguntou nada», lamentou a autarca.",
    ],
    quotes: [
      ["É uma decisão histórica", "Miguel Pinto Correia"],
      ["É uma decisão histórica, que o país adiou durante cinquenta anos", "Miguel Pinto Correia"],
      ["não vai pesar no bolso dos contribuintes", "Miguel Pinto Correia"],
      ["fez tudo à pressa", "Nuno Serrano"],
      ["a opção mais robusta", "o relatório da Comissão Técnica Independente"],
      ["quer ser ouvido", "Helena Marques"],
      ["Ninguém nos perguntou nada", "Helena Marques"],
    ],
  },
  {
    name: "Estadão, economia: em comunicado o colegiado, para a economista, disse ele após vários nomes",
    headline: "Banco Central mantém juros e diz que inflação “exige cautela”",
    paragraphs: [
      "O Comitê de Política Monetária (Copom) do Banco Central manteve nesta quarta-feira a taxa " +
        "Selic em 10,5% ao ano, como esperava o mercado.",
      "Em comunicado, o Copom afirmou que os próximos passos “dependerão dos dados”.",
      "O presidente do Banco Central, Fernando Albuquerque, disse em entrevista à GloboNews que o " +
        "país “não pode baixar a guarda”.",
      "Para a economista-chefe da gestora Vértice, Juliana Mattos, a decisão foi “acertada, mas " +
        "tardia”. “O BC demorou a reagir à alta do dólar”, afirmou Mattos ao Estadão.",
      "O ministro da Fazenda, Ricardo Lemos, evitou criticar a decisão. “Respeito a autonomia do " +
        "Banco Central”, disse ele a jornalistas em Brasília.",
    ],
    quotes: [
      ["exige cautela", "Banco Central"],
      ["dependerão dos dados", "O Comitê de Política Monetária"],
      ["não pode baixar a guarda", "Fernando Albuquerque"],
      ["acertada, mas tardia", "Juliana Mattos"],
      ["O BC demorou a reagir à alta do dólar", "Juliana Mattos"],
      ["Respeito a autonomia do Banco Central", "Ricardo Lemos"],
    ],
  },
  {
    name: "Correio Braziliense, saúde: mãe e filho de mesmo sobrenome, conta/lembra, a pasta, o enfermeiro",
    todo:
      "“a pasta” now stands for the body named before it, but that body is read as “Secretaria”: " +
      "“Distrito Federal” is cut off as a person; “Para a médica, …: “…”” is not read as Regina " +
      "Farias's (the viewpoint's bare description is not resolved)",
    headline: "Médica e filho vacinam a mesma comunidade há dez anos",
    paragraphs: [
      "A médica sanitarista Regina Farias, 62 anos, coordena desde 2005 o posto de saúde do Sol " +
        "Nascente, em Ceilândia. Desde 2015, trabalha ao lado do filho, o enfermeiro Lucas Farias, 34.",
      "“Eu cresci dentro desse posto”, conta Lucas.",
      "“Ele fazia o dever de casa na sala de espera”, lembra Regina, rindo.",
      "Segundo a Secretaria de Saúde do Distrito Federal, a cobertura vacinal na região subiu de 61% " +
        "para 88% em quatro anos. Em nota, a pasta afirmou que o trabalho da equipe é “referência para " +
        "todo o DF”.",
      "Para a médica, a explicação é simples: “A gente bate de porta em porta”.",
      "O filho concorda. “Vacina não é só ciência, é confiança”, diz o enfermeiro.",
    ],
    quotes: [
      ["Eu cresci dentro desse posto", "Lucas Farias"],
      ["Ele fazia o dever de casa na sala de espera", "Regina Farias"],
      ["referência para todo o DF", "Secretaria de Saúde do Distrito Federal"],
      ["A gente bate de porta em porta", "Regina Farias"],
      ["Vacina não é só ciência, é confiança", "Lucas Farias"],
    ],
  },
]);
