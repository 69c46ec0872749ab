// A second round of composed Portuguese news articles, in the styles of outlets and beats the first
// round (articles.pt.test.ts) did not use: O Globo, UOL, Estadão economia, Agência Brasil (Brasil),
// Expresso and Observador (Portugal); the Supreme Court, the central bank, health, football, a flood.
// Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("pt", [
  {
    name: "O Globo, STF: o ministro relator, em seu voto, segundo a PGR, a defesa, o decano",
    headline: "STF forma maioria para manter prisão de ex-governador: “Não há ilegalidade”",
    paragraphs: [
      "O Supremo Tribunal Federal (STF) formou maioria nesta sexta-feira para manter a prisão " +
        "preventiva do ex-governador do Rio Carlos Menezes, investigado por desvio de verbas da saúde.",
      "Relator do caso, o ministro Augusto Teles afirmou em seu voto que “não há ilegalidade na " +
        "decisão de primeira instância”.",
      "“Os indícios de obstrução das investigações são robustos”, escreveu o ministro.",
      "Segundo a Procuradoria-Geral da República (PGR), o ex-governador tentou “intimidar " +
        "testemunhas” durante o inquérito.",
      "O advogado de Menezes, Frederico Lins, disse ao GLOBO que vai recorrer. “A prisão é uma " +
        "antecipação de pena”, afirmou.",
      "O decano da Corte, ministro Gilberto Maia, acompanhou o relator, mas fez uma ressalva: “A " +
        "preventiva não pode durar indefinidamente”.",
    ],
    quotes: [
      // The headline repeats part of the relator's words: they are still his (GUIDELINES.md).
      ["Não há ilegalidade", "Augusto Teles"],
      ["não há ilegalidade na decisão de primeira instância", "Augusto Teles"],
      ["Os indícios de obstrução das investigações são robustos", "Augusto Teles"],
      ["intimidar testemunhas", "Procuradoria-Geral da República"],
      ["A prisão é uma antecipação de pena", "Frederico Lins"],
      ["A preventiva não pode durar indefinidamente", "Gilberto Maia"],
    ],
  },
  {
    name: "Estadão economia: o Copom em comunicado, o presidente do BC, analistas, na avaliação de",
    todo: "Headline “Copom mantém Selic … e diz que …”: the object is taken for the speaker",
    headline: "Copom mantém Selic em 10,5% e diz que cenário exige “cautela”",
    paragraphs: [
      "O Comitê de Política Monetária (Copom) do Banco Central manteve nesta quarta-feira a taxa " +
        "básica de juros, a Selic, em 10,5% ao ano, na segunda pausa seguida.",
      "Em comunicado, o comitê afirmou que o cenário externo “exige cautela” e que as expectativas " +
        "de inflação “seguem desancoradas”.",
      "O presidente do Banco Central, Rodrigo Camargo, disse em evento em São Paulo que a autoridade " +
        "monetária “fará o que for necessário” para levar a inflação à meta.",
      "Na avaliação da economista-chefe da XP Investimentos, Luiza Bastos, a decisão “veio em linha " +
        "com o esperado”. “O mercado já precificava a manutenção”, afirmou ao Estadão.",
      "Para o economista Sérgio Valadares, professor da FGV, o BC “errou ao interromper o ciclo de " +
        "cortes”.",
      "“O custo para a atividade vai aparecer no segundo semestre”, disse Valadares.",
    ],
    quotes: [
      ["cautela", "Copom"],
      ["exige cautela", "O Comitê de Política Monetária"],
      ["seguem desancoradas", "O Comitê de Política Monetária"],
      ["fará o que for necessário", "Rodrigo Camargo"],
      ["veio em linha com o esperado", "Luiza Bastos"],
      ["O mercado já precificava a manutenção", "Luiza Bastos"],
      ["errou ao interromper o ciclo de cortes", "Sérgio Valadares"],
      ["O custo para a atividade vai aparecer no segundo semestre", "Sérgio Valadares"],
    ],
  },
  {
    name: "Observador, saúde: «» com a ministra, a bastonária, garantiu, em declarações ao, a diretora",
    headline: "Urgências fechadas no verão: ministra admite «dias difíceis»",
    paragraphs: [
      "Pelo menos doze serviços de urgência de obstetrícia vão encerrar de forma rotativa durante " +
        "os meses de julho e agosto, anunciou esta segunda-feira o Ministério da Saúde.",
      "A ministra da Saúde, Marta Figueiredo, admitiu que o verão trará «dias difíceis», mas garantiu " +
        "que «nenhuma grávida ficará sem resposta».",
      "«Temos um plano de contingência e as equipas do INEM estão reforçadas», afirmou a governante.",
      "A bastonária da Ordem dos Médicos, Helena Queirós, considerou o plano «um remendo». «O problema " +
        "é a falta de médicos no SNS, e isso não se resolve com rotações», disse ao Observador.",
      "Em declarações à agência Lusa, a diretora clínica do Hospital de Santa Maria, Joana Rebelo, " +
        "explicou que o hospital vai receber «mais grávidas do que nunca».",
    ],
    quotes: [
      ["dias difíceis", "Marta Figueiredo"],
      ["nenhuma grávida ficará sem resposta", "Marta Figueiredo"],
      ["Temos um plano de contingência e as equipas do INEM estão reforçadas", "Marta Figueiredo"],
      ["um remendo", "Helena Queirós"],
      ["O problema é a falta de médicos no SNS, e isso não se resolve com rotações", "Helena Queirós"],
      ["mais grávidas do que nunca", "Joana Rebelo"],
    ],
  },
  {
    name: "Agência Brasil, enchente: a Defesa Civil informou, o governador, moradora contou, o prefeito",
    headline: "Chuvas no Rio Grande do Sul deixam 9 mortos e 3 mil desalojados",
    paragraphs: [
      "As fortes chuvas que atingem o Rio Grande do Sul desde o fim de semana deixaram nove mortos e " +
        "cerca de 3 mil pessoas desalojadas, segundo boletim divulgado nesta segunda-feira (6).",
      "A Defesa Civil estadual informou que o nível do Rio Taquari “continua subindo” e pediu que os " +
        "moradores das áreas ribeirinhas deixem suas casas.",
      "O governador Eduardo Leite sobrevoou as regiões atingidas e afirmou que o estado vive “uma " +
        "das maiores tragédias climáticas” de sua história.",
      "Em Lajeado, a dona de casa Marlene Schmitt, de 62 anos, contou à Agência Brasil que perdeu " +
        "tudo. “A água subiu em menos de uma hora. Só deu para salvar os documentos”, disse.",
      "O prefeito de Lajeado, Marcelo Caumo, decretou situação de emergência. “Precisamos de barcos e " +
        "de voluntários”, declarou.",
    ],
    quotes: [
      ["continua subindo", "Defesa Civil"],
      ["uma das maiores tragédias climáticas", "Eduardo Leite"],
      ["A água subiu em menos de uma hora. Só deu para salvar os documentos", "Marlene Schmitt"],
      ["Precisamos de barcos e de voluntários", "Marcelo Caumo"],
    ],
  },
]);
