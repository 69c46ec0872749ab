// A third round of composed Portuguese news articles, written before the engine was run on them, in
// the styles of outlets and beats the first two rounds did not use: Expresso and Jornal de Notícias
// (Portugal: the prime minister, the President, a town council), CNN Brasil (politics), Lance!
// (football press conference), a Veja profile, the Lusa wire and RTP (health). Every article is
// written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("pt", [
  {
    name: "Expresso, política: o primeiro-ministro, o Presidente da República, afirmou o governante",
    headline: "Montenegro garante que o Orçamento «não tem margem» para aumentos na função pública",
    paragraphs: [
      "O primeiro-ministro, Luís Montenegro, afastou esta quinta-feira qualquer aumento salarial " +
        "extraordinário para os funcionários públicos em 2027.",
      "«O Orçamento não tem margem para aventuras. Prometemos contas certas e vamos cumprir», " +
        "afirmou o governante à margem de uma visita a uma fábrica em Águeda.",
      "O secretário-geral do PS, Pedro Nuno Santos, acusou o Governo de «tratar os professores e os " +
        "médicos como despesa».",
      "Em Belém, o Presidente da República, Marcelo Rebelo de Sousa, preferiu não tomar partido. " +
        "«O Presidente não comenta orçamentos que ainda não conhece», disse aos jornalistas.",
      "Questionado sobre a possibilidade de uma crise política, Marcelo acrescentou que «ninguém " +
        "quer eleições antecipadas».",
      "Fonte do Ministério das Finanças garantiu ao Expresso que a proposta será entregue no " +
        "Parlamento «dentro do prazo».",
    ],
    quotes: [
      ["não tem margem", "Luís Montenegro"],
      [
        "O Orçamento não tem margem para aventuras. Prometemos contas certas e vamos cumprir",
        "Luís Montenegro",
      ],
      ["tratar os professores e os médicos como despesa", "Pedro Nuno Santos"],
      ["O Presidente não comenta orçamentos que ainda não conhece", "Marcelo Rebelo de Sousa"],
      ["ninguém quer eleições antecipadas", "Marcelo Rebelo de Sousa"],
      ["dentro do prazo", "Fonte do Ministério das Finanças"],
    ],
  },
  {
    name: "Jornal de Notícias, Porto: a autarquia em comunicado, o vereador, moradores, a junta",
    headline: "Câmara do Porto avança com demolição de prédio devoluto na Ribeira",
    paragraphs: [
      "A Câmara Municipal do Porto vai demolir na próxima semana o prédio devoluto da Rua da " +
        "Fonte Taurina que ameaça ruir desde as chuvas de janeiro.",
      "Em comunicado, a autarquia explica que o edifício «apresenta risco iminente de colapso» e " +
        "que os proprietários «não responderam às sucessivas notificações».",
      "O vereador do Urbanismo, Pedro Baganha, disse ao JN que a Câmara «não podia esperar mais». " +
        "«Estão em causa vidas humanas», sublinhou.",
      "Os moradores da rua estão aliviados. «Há meses que não dormimos descansados», conta Maria " +
        "do Céu Pinto, de 72 anos, que vive no prédio ao lado.",
      "O filho, Rui Pinto, lembra que as pedras caíram no passeio «a poucos centímetros de uma " +
        "criança».",
      "Já o presidente da Junta de Freguesia do Centro Histórico, Nuno Cruz, lamenta a perda de " +
        "mais um edifício antigo: «A Ribeira está a perder a sua alma, prédio a prédio».",
    ],
    quotes: [
      ["apresenta risco iminente de colapso", "A Câmara Municipal do Porto"],
      ["não responderam às sucessivas notificações", "A Câmara Municipal do Porto"],
      ["não podia esperar mais", "Pedro Baganha"],
      ["Estão em causa vidas humanas", "Pedro Baganha"],
      ["Há meses que não dormimos descansados", "Maria do Céu Pinto"],
      ["a poucos centímetros de uma criança", "Rui Pinto"],
      ["A Ribeira está a perder a sua alma, prédio a prédio", "Nuno Cruz"],
    ],
  },
  {
    name: "CNN Brasil, política: disse em entrevista à CNN, assessoria, em nota o partido, o relator",
    headline: "Relator da reforma tributária diz que texto será votado “até o fim do mês”",
    paragraphs: [
      "O relator da regulamentação da reforma tributária no Senado, Eduardo Braga (MDB-AM), " +
        "afirmou nesta segunda-feira que o texto será votado em plenário “até o fim do mês”.",
      "“Temos acordo com a maioria dos líderes. O que falta são ajustes pontuais”, disse o senador " +
        "em entrevista à CNN.",
      "A oposição resiste. Em nota, o PL afirmou que a proposta “aumenta a carga tributária sobre " +
        "quem produz” e que o partido vai orientar voto contrário.",
      "Procurada, a assessoria do Ministério da Fazenda informou que o ministro Fernando Haddad " +
        "“acompanha as negociações diretamente” e deve se reunir com o relator na quarta-feira.",
      "O líder do governo no Senado, Jaques Wagner (PT-BA), minimizou as resistências. “Sempre " +
        "tem barulho no fim. Mas os votos estão lá”, disse à CNN.",
      "Segundo o presidente da Confederação Nacional da Indústria, Ricardo Alban, a indústria " +
        "“precisa de previsibilidade acima de tudo”.",
    ],
    quotes: [
      ["até o fim do mês", "Eduardo Braga"],
      ["Temos acordo com a maioria dos líderes. O que falta são ajustes pontuais", "Eduardo Braga"],
      ["aumenta a carga tributária sobre quem produz", "o PL"],
      ["acompanha as negociações diretamente", "assessoria do Ministério da Fazenda"],
      ["Sempre tem barulho no fim. Mas os votos estão lá", "Jaques Wagner"],
      ["precisa de previsibilidade acima de tudo", "Ricardo Alban"],
    ],
  },
  {
    name: "Lance!, futebol: o técnico em coletiva, o camisa 10, o presidente do clube, o volante",
    headline: "Abel elogia reação do Palmeiras: “Este grupo tem caráter”",
    paragraphs: [
      "O Palmeiras venceu o Grêmio por 2 a 1 de virada, neste domingo, no Allianz Parque, e " +
        "segue na cola do líder Botafogo.",
      "“Este grupo tem caráter. Saímos atrás e não perdemos a cabeça”, disse o técnico Abel " +
        "Ferreira em entrevista coletiva.",
      "O português evitou falar sobre a arbitragem. “Não vou comentar. Depois sou eu que pago a " +
        "multa”, brincou.",
      "Autor do gol da vitória, o camisa 10 Raphael Veiga dedicou o gol à filha recém-nascida. " +
        "“Ela nasceu na quinta. Esse gol é dela”, afirmou ainda no gramado, ao Premiere.",
      "No Grêmio, o clima é de cobrança. O volante Villasanti reconheceu que o time “sentiu o " +
        "gol” e pediu desculpas ao torcedor.",
      "A presidente do Palmeiras, Leila Pereira, foi às redes sociais: “Orgulho desse elenco. " +
        "Ninguém desiste aqui”.",
    ],
    quotes: [
      ["Este grupo tem caráter", "Abel Ferreira"],
      ["Este grupo tem caráter. Saímos atrás e não perdemos a cabeça", "Abel Ferreira"],
      ["Não vou comentar. Depois sou eu que pago a multa", "Abel Ferreira"],
      ["Ela nasceu na quinta. Esse gol é dela", "Raphael Veiga"],
      ["sentiu o gol", "Villasanti"],
      ["Orgulho desse elenco. Ninguém desiste aqui", "Leila Pereira"],
    ],
  },
  {
    name: "Veja, perfil: conta, relembra, familiares do mesmo sobrenome, o irmão, a mãe",
    headline: "A maratonista que aprendeu a correr fugindo da enchente",
    standfirst:
      "Aos 24 anos, Daiane Moura dos Santos é a grande aposta brasileira para a maratona de Los " + "Angeles",
    paragraphs: [
      "Daiane Moura dos Santos tinha 9 anos quando o rio Taquari invadiu a casa da família em " +
        "Encantado, no Rio Grande do Sul. “Corri três quilômetros morro acima com meu irmão no colo. " +
        "Foi a primeira vez que eu entendi que sabia correr”, conta.",
      "A mãe, Rosângela Moura, relembra a noite da enchente com a voz embargada. “Eu achei que " +
        "tinha perdido os dois”, diz.",
      "O irmão, Caio Moura dos Santos, hoje com 17 anos, virou seu companheiro de treinos. “Ela " +
        "nunca reclama. Nem quando chove”, diverte-se.",
      "O técnico Wanderlei Oliveira, que a descobriu numa corrida de rua em Lajeado, diz que " +
        "Daiane tem “o melhor motor que já vi numa atleta brasileira”.",
      "Daiane, porém, evita falar em medalha. “Eu corro para a minha cidade. Se vier pódio, é " +
        "lucro”, afirma.",
    ],
    quotes: [
      [
        "Corri três quilômetros morro acima com meu irmão no colo. Foi a primeira vez que eu entendi " +
          "que sabia correr",
        "Daiane Moura dos Santos",
      ],
      ["Eu achei que tinha perdido os dois", "Rosângela Moura"],
      ["Ela nunca reclama. Nem quando chove", "Caio Moura dos Santos"],
      ["o melhor motor que já vi numa atleta brasileira", "Wanderlei Oliveira"],
      ["Eu corro para a minha cidade. Se vier pódio, é lucro", "Daiane Moura dos Santos"],
    ],
  },
  {
    name: "Lusa, cabo: disse à Lusa, o comandante, a Proteção Civil em comunicado, o autarca",
    headline: "Incêndio em Odemira obriga a retirar 150 pessoas de três aldeias",
    paragraphs: [
      "Odemira, Beja, 22 ago 2026 (Lusa) - Cerca de 150 pessoas foram retiradas hoje de três " +
        "aldeias do concelho de Odemira devido a um incêndio que lavra desde a madrugada, disse à " +
        "Lusa fonte da Proteção Civil.",
      "O comandante sub-regional do Alentejo Litoral, José Ribeiro, disse à Lusa que o fogo " +
        "«tem duas frentes ativas» e que o vento forte «está a dificultar muito o combate».",
      "«Os meios aéreos estão a operar desde as 08:00, mas o terreno é muito acidentado», " +
        "acrescentou o responsável.",
      "Em comunicado, a Autoridade Nacional de Emergência e Proteção Civil (ANEPC) indicou que " +
        "estão no terreno 412 operacionais, apoiados por 128 veículos e nove meios aéreos.",
      "O presidente da Câmara de Odemira, Hélder Guerreiro, afirmou que as pessoas retiradas estão " +
        "alojadas no pavilhão municipal. «Ninguém vai ficar sem teto esta noite», garantiu o autarca.",
      "O incêndio é o maior a deflagrar este ano no distrito de Beja.",
    ],
    quotes: [
      ["tem duas frentes ativas", "José Ribeiro"],
      ["está a dificultar muito o combate", "José Ribeiro"],
      ["Os meios aéreos estão a operar desde as 08:00, mas o terreno é muito acidentado", "José Ribeiro"],
      ["Ninguém vai ficar sem teto esta noite", "Hélder Guerreiro"],
    ],
  },
  {
    name: "RTP, saúde: a bastonária, o SNS, a diretora executiva, segundo os dados, uma utente",
    headline: "Mais de 1,6 milhões de utentes sem médico de família, alerta a Ordem",
    paragraphs: [
      "O número de utentes sem médico de família atribuído voltou a subir e ultrapassa já 1,6 " +
        "milhões, segundo os dados mais recentes do Portal da Transparência do SNS.",
      "A bastonária da Ordem dos Enfermeiros, Ana Rita Cavaco, considerou os números «uma " +
        "vergonha para um país europeu». «O SNS está a ser esvaziado por dentro», afirmou à RTP.",
      "A diretora executiva do SNS, Ana Sofia Ferreira, reconheceu que a situação «é preocupante», " +
        "mas lembrou que 300 novos médicos de família entram em funções em junho.",
      "«Não há soluções mágicas. Há trabalho», disse a responsável no final de uma audição no " +
        "Parlamento.",
      "No centro de saúde da Amadora, a espera começa antes das sete da manhã. «Venho para a fila " +
        "às seis para conseguir uma consulta», conta uma utente de 68 anos.",
      "A Associação Portuguesa de Medicina Geral e Familiar defende, em comunicado, que é preciso " +
        "«tornar a carreira atrativa» para travar a saída de médicos para o privado.",
    ],
    quotes: [
      ["uma vergonha para um país europeu", "Ana Rita Cavaco"],
      ["O SNS está a ser esvaziado por dentro", "Ana Rita Cavaco"],
      ["é preocupante", "Ana Sofia Ferreira"],
      ["Não há soluções mágicas. Há trabalho", "Ana Sofia Ferreira"],
      ["Venho para a fila às seis para conseguir uma consulta", "uma utente"],
      ["tornar a carreira atrativa", "Associação Portuguesa de Medicina Geral e Familiar"],
    ],
  },
]);
