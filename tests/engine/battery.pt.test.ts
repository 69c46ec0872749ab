// Portuguese attribution constructions, on sentences written for this battery.
import { runBattery } from "./battery.helpers.ts";

runBattery("pt", [
  {
    construction: '"…", disse X',
    paragraphs: ['"Não vamos aumentar os impostos", disse o ministro da Fazenda, Carlos Souza.'],
    expected: [["Não vamos aumentar os impostos", "Carlos Souza"]],
  },
  {
    construction: '"…", afirmou o ministro: the role of a person named before',
    paragraphs: [
      "O ministro da Saúde, Paulo Mendes, visitou o hospital nesta segunda-feira.",
      '"A situação está sob controle", afirmou o ministro.',
    ],
    expected: [["A situação está sob controle", "Paulo Mendes"]],
  },
  {
    construction: '"…", afirmou X after an earlier mention',
    paragraphs: [
      "A prefeita de Recife, Joana Lima, apresentou o novo plano de transporte.",
      '"É o maior investimento da década", afirmou Lima.',
    ],
    expected: [["É o maior investimento da década", "Joana Lima"]],
  },
  {
    construction: '"…", acrescentou: the speaker of the previous quote',
    paragraphs: [
      '"Cumprimos o que prometemos", disse o governador Ricardo Alves.',
      '"Agora é hora de continuar trabalhando", acrescentou.',
    ],
    expected: [
      ["Cumprimos o que prometemos", "Ricardo Alves"],
      ["Agora é hora de continuar trabalhando", "Ricardo Alves"],
    ],
  },
  {
    construction: "segundo X",
    paragraphs: ['Segundo o delegado Marcos Ribeiro, o suspeito "agiu sozinho e sem ajuda".'],
    expected: [["agiu sozinho e sem ajuda", "Marcos Ribeiro"]],
  },
  {
    construction: "de acordo com X",
    paragraphs: [
      'De acordo com a diretora da escola, Fernanda Costa, as aulas "vão recomeçar na próxima semana".',
    ],
    expected: [["vão recomeçar na próxima semana", "Fernanda Costa"]],
  },
  {
    construction: "para X",
    paragraphs: [
      "O economista Rafael Nunes analisou os dados do desemprego.",
      'Para Nunes, a reforma "não trouxe os resultados esperados".',
    ],
    expected: [["não trouxe os resultados esperados", "Rafael Nunes"]],
  },
  {
    construction: 'X disse que "…"',
    paragraphs: ['A diretora do museu, Beatriz Rocha, disse que a exposição "bateu todos os recordes".'],
    expected: [["bateu todos os recordes", "Beatriz Rocha"]],
  },
  {
    construction: 'X: "…"',
    paragraphs: ['O técnico Renato Campos foi direto: "Vamos lutar pelo título".'],
    expected: [["Vamos lutar pelo título", "Renato Campos"]],
  },
  {
    construction: 'A defesa, a cargo do advogado X, classificou … de "…": who acts for the subject speaks',
    paragraphs: [
      'A defesa do ex-prefeito, a cargo do advogado Paulo Neves, classificou a denúncia de "perseguição ' +
        'política".',
    ],
    expected: [["perseguição política", "Paulo Neves"]],
  },
  {
    construction: 'X afirmou: "…"',
    paragraphs: ['O líder da oposição, Miguel Teixeira, afirmou: "Não vamos apoiar este orçamento".'],
    expected: [["Não vamos apoiar este orçamento", "Miguel Teixeira"]],
  },
  {
    construction: "“…”, explicou X, with curly marks",
    paragraphs: ["“O incêndio está controlado”, explicou o comandante dos bombeiros, Tiago Martins."],
    expected: [["O incêndio está controlado", "Tiago Martins"]],
  },
  {
    construction: "a quote continued over paragraphs",
    paragraphs: [
      "A juíza Carla Vieira explicou sua decisão aos jornalistas.",
      '"A lei é igual para todos.',
      '"Ninguém está acima dela", insistiu Vieira.',
    ],
    expected: [
      ["A lei é igual para todos.", "Carla Vieira"],
      ["Ninguém está acima dela", "Carla Vieira"],
    ],
  },
  {
    construction: "X, que afirmou que “…”",
    paragraphs: ["Falou também o reitor, Manuel Pereira, que afirmou que a universidade “não vai fechar”."],
    expected: [["não vai fechar", "Manuel Pereira"]],
  },
  {
    construction: '"…", diz X (present tense)',
    paragraphs: ['"Estamos muito orgulhosos da equipe", diz a treinadora Sara Moura.'],
    expected: [["Estamos muito orgulhosos da equipe", "Sara Moura"]],
  },
  {
    construction: '"…", nas palavras do X (source phrase after the quote, "de" + article)',
    paragraphs: ['O acordo "muda as regras do jogo", nas palavras do sindicalista André Prado.'],
    expected: [["muda as regras do jogo", "André Prado"]],
  },
  {
    construction: '"…", garantiu o governador de São Paulo, X (São is no auxiliary in a name)',
    paragraphs: ['"Não haverá aumento de tarifa", garantiu o governador de São Paulo, Renato Dias.'],
    expected: [["Não haverá aumento de tarifa", "Renato Dias"]],
  },
  {
    construction: '"…", afirmou o mandatário (an epithet for the office named before)',
    paragraphs: [
      "O presidente Antônio Carlos Ribeiro discursou em Brasília.",
      '"Ninguém vai tirar a nossa democracia", afirmou o mandatário.',
    ],
    expected: [["Ninguém vai tirar a nossa democracia", "Antônio Carlos Ribeiro"]],
  },
  {
    construction: "«…», afirmou a governante (a member of the government, named before by her office)",
    paragraphs: [
      "A ministra da Cultura, Sílvia Moura, visitou o museu na segunda-feira.",
      "«Vamos reabrir todas as salas até ao Natal», afirmou a governante.",
    ],
    expected: [["Vamos reabrir todas as salas até ao Natal", "Sílvia Moura"]],
  },
  {
    construction:
      "segundo o analista da XP Consultoria, Nome Sobrenome, (a body's name opening with an acronym)",
    paragraphs: ["Segundo o analista da BR Consultoria, Tiago Maranhão, o corte «chegou tarde demais»."],
    expected: [["chegou tarde demais", "Tiago Maranhão"]],
  },
  {
    construction: "A Câmara Municipal de São Luís afirmou que … «…» (“São”, a saint, is not the verb “são”)",
    paragraphs: ["A Câmara Municipal de São Luís afirmou que o projeto «ainda será votado este ano»."],
    expected: [["ainda será votado este ano", "A Câmara Municipal de São Luís"]],
  },
  {
    construction:
      "A Agência Nacional para a X afirmou que «…» (a preposition and its article inside a body's name)",
    paragraphs: ["A Agência Nacional para a Inovação afirmou que o programa «terá mais verbas em 2027»."],
    expected: [["terá mais verbas em 2027", "A Agência Nacional para a Inovação"]],
  },
  {
    construction: "O Ministério da X … Em nota, a pasta afirmou que “…” (“a pasta”: the ministry just named)",
    paragraphs: [
      "O Ministério da Educação adiou o exame nacional. Em nota, a pasta afirmou que a nova data " +
        "“será divulgada em breve”.",
    ],
    expected: [["será divulgada em breve", "O Ministério da Educação"]],
  },
  {
    construction: "O líder do governo no Senado, Nome, … O senador … (an office's complement with “no”)",
    paragraphs: [
      "O líder do governo no Senado, Otávio Brandão, disse que a votação “fica para agosto”.",
      "O senador afirmou ainda que o texto “não será desidratado”.",
    ],
    expected: [
      ["fica para agosto", "Otávio Brandão"],
      ["não será desidratado", "Otávio Brandão"],
    ],
  },
  {
    construction: "a standfirst repeating a body quote takes the speaker the body gives it",
    paragraphs: [
      ["standfirst", 'O ministro Luiz Fux recebeu ontem os presidentes das duas Casas. "O diálogo voltou"'],
      "Na saída do encontro, o senador Rodrigo Pacheco falou com os jornalistas.",
      '"O diálogo voltou. Ninguém quer uma crise entre os Poderes."',
    ],
    expected: [
      ["O diálogo voltou", "Rodrigo Pacheco"],
      ["O diálogo voltou. Ninguém quer uma crise entre os Poderes.", "Rodrigo Pacheco"],
    ],
  },
  {
    construction: 'Fontes do Ministério de X disseram que "…" (a described source opening the sentence)',
    paragraphs: ['Fontes do Ministério da Defesa disseram que a missão foi "um sucesso sem precedentes".'],
    expected: [["um sucesso sem precedentes", "Fontes do Ministério da Defesa"]],
  },
  {
    construction: 'X disse que "…" with a one-word name opening the sentence',
    paragraphs: ['Lula disse que o acordo "não tem volta".', 'Lula tem dito: "Vamos até o fim".'],
    expected: [
      ["não tem volta", "Lula"],
      ["Vamos até o fim", "Lula"],
    ],
  },
  {
    construction: "“… — disse X — …”: an incise between dashes inside the marks",
    paragraphs: ["“Não vamos desistir — disse o técnico Luís Campos —, vamos brigar por cada bola”."],
    expected: [
      ["Não vamos desistir — disse o técnico Luís Campos —, vamos brigar por cada bola", "Luís Campos"],
    ],
  },
  {
    construction: 'X, citando Y, afirmou que "…": the cited source speaks',
    paragraphs: [
      'O jornal, citando fontes do Palácio do Planalto, afirmou que o governo "não vai recuar".',
      '"Não haverá prorrogação", informou a emissora, citando o ministro Jorge Prado.',
    ],
    expected: [
      ["não vai recuar", "fontes do Palácio do Planalto"],
      ["Não haverá prorrogação", "Jorge Prado"],
    ],
  },
  {
    construction: '"…", disse o petista: a party epithet for the person named before',
    paragraphs: [
      "O deputado Rui Falcão Neto (PT) discursou na tribuna.",
      '"Não vamos votar esse ajuste", disse o petista.',
    ],
    expected: [["Não vamos votar esse ajuste", "Rui Falcão Neto"]],
  },
  {
    construction: 'X afirmou que "…": the name the press uses opens a compound surname (Lula da Silva)',
    paragraphs: [
      "O governador José Carlos Tião da Costa visitou a fábrica.",
      'Tião afirmou que o estado "vai voltar a crescer".',
    ],
    expected: [["vai voltar a crescer", "José Carlos Tião da Costa"]],
  },
  {
    construction: '"…". Assim afirmou X: the speaker named right after a quote standing alone',
    paragraphs: ['"A economia já bateu no fundo". Assim afirmou o ministro da Fazenda, Tomás Ibarra.'],
    expected: [["A economia já bateu no fundo", "Tomás Ibarra"]],
  },
  {
    construction: 'X foi enfático ao afirmar que "…": an infinitive after a preposition',
    paragraphs: ['A prefeita Rosa Quintela foi enfática ao afirmar que o porto "não está à venda".'],
    expected: [["não está à venda", "Rosa Quintela"]],
  },
  {
    construction: "— … — disse X. — …: dialogue dashes set with spaces, as Brazilian pages do",
    paragraphs: [
      "O técnico André Ferraz falou com a imprensa depois da derrota.",
      "— Não vamos desistir — disse Ferraz. — Faltam dez jogos.",
      "— E o rebaixamento? — perguntou uma repórter.",
    ],
    expected: [
      ["Não vamos desistir", "André Ferraz"],
      ["Faltam dez jogos.", "André Ferraz"],
      ["E o rebaixamento?", "uma repórter"],
    ],
  },
  {
    construction: 'Afirmou que "…": a sentence opening on its verb, the subject left out',
    paragraphs: [
      '"Vamos esperar a perícia", disse o juiz Paulo Rocha. A promotora Marta Gil discordou. ' +
        'Afirmou que o caso "segue aberto".',
    ],
    expected: [
      ["Vamos esperar a perícia", "Paulo Rocha"],
      ["segue aberto", "Marta Gil"],
    ],
  },
  {
    construction: '"…", disse o chefe do Executivo: an epithet of the president\'s office',
    paragraphs: [
      "O presidente Ernesto Valadares visitou Recife.",
      '"Vamos crescer", disse o chefe do Executivo.',
    ],
    expected: [["Vamos crescer", "Ernesto Valadares"]],
  },
  {
    construction: "not quotes: a film title and a newspaper name",
    paragraphs: ['O filme "Central do Brasil" estreou em 1998, lembra o jornal "Folha de S.Paulo".'],
    expected: [],
  },
  {
    construction: "not a quote: a single term in marks",
    paragraphs: ['O chamado "efeito rebote" preocupa os economistas.'],
    expected: [],
  },
  {
    construction: "a lei prevê que «…»: a document verb with a document subject",
    paragraphs: ["A nova lei prevê que as escolas «ofereçam refeições gratuitas a todos os alunos»."],
    expected: [["ofereçam refeições gratuitas a todos os alunos", "A nova lei"]],
  },
  {
    construction: "o líder indígena: a qualified office is not someone's office qualified otherwise",
    paragraphs: [
      "Marcos Teixeira, o líder petista local, organizou o ato na praça.",
      "«A terra é nossa», afirmou o líder indígena da aldeia.",
    ],
    expected: [["A terra é nossa", "o líder indígena da aldeia"]],
  },
  {
    construction: "Depois de afirmar que «…», X …: the subject after the infinitive clause",
    paragraphs: [
      "A juíza Marta Lobo falou ontem aos jornalistas ao lado do prefeito, Rui Campos.",
      "Depois de afirmar que «a investigação avança depressa», Campos pediu paciência às famílias.",
    ],
    expected: [["a investigação avança depressa", "Rui Campos"]],
  },
  {
    construction: "O caso X: «…» as an intertitle: the topic noun makes X the topic, not the speaker",
    paragraphs: [
      "O ex-ministro Júlio Mota é acusado de corrupção.",
      ["intertitle", "O caso Mota: «Ninguém sabia nada dos contratos»"],
      "«No ministério ninguém sabia nada dos contratos», explicou a advogada Laura Costa.",
    ],
    expected: [
      ["Ninguém sabia nada dos contratos", "Laura Costa"],
      ["No ministério ninguém sabia nada dos contratos", "Laura Costa"],
    ],
  },
  {
    construction: "o senador after a paragraph about the Senate's president: not an earlier senator",
    paragraphs: [
      "O senador Marcos Teles, que vai tentar a reeleição, visitou Londrina na sexta-feira.",
      "O presidente do Senado, Júlio Amaral, começou a semana com uma viagem a Brasília. " +
        'O senador criticou o corte de verbas e disse que a medida é "um erro histórico".',
    ],
    expected: [["um erro histórico", "Júlio Amaral"]],
  },
  {
    construction: "o parlamentar opening a paragraph: the office holder the paragraph before named last",
    paragraphs: [
      "O parlamentar Marcos Teles apresentou um projeto sobre transporte no mês passado.",
      "Outra proposta em discussão é a do deputado Renato Faria, que pede mais verbas para as rodovias.",
      'O parlamentar cobra que o governo "cumpra o que prometeu" e "libere as verbas".',
    ],
    expected: [
      ["cumpra o que prometeu", "Renato Faria"],
      ["libere as verbas", "Renato Faria"],
    ],
  },
  {
    construction: "o senador after a mayor is named: an office the mayor does not hold",
    paragraphs: [
      "O senador Marcos Teles visitou Londrina na sexta-feira.",
      "O prefeito da cidade, Rui Dias, mostrou as obras do hospital. " +
        'O senador disse que o hospital é "uma prioridade do estado".',
    ],
    expected: [["uma prioridade do estado", "Marcos Teles"]],
  },
  {
    construction: "a nota after a speaker issued one (em nota): the words are the speaker's",
    paragraphs: [
      "A prefeita Ana Lima disse em nota que a obra é “prioritária”.",
      "As máquinas chegam “antes do verão”, segundo a nota, divulgada pelo partido.",
    ],
    expected: [
      ["prioritária", "Ana Lima"],
      ["antes do verão", "Ana Lima"],
    ],
  },
  {
    construction: 'Para o cargo, Nome (PARTIDO-UF), … "…": the name in apposition is the viewpoint\'s person',
    paragraphs: [
      "Para o presidente da comissão, Júlio Prates (PSD-MG), o relatório está " + '"longe de ser consenso".',
    ],
    expected: [["longe de ser consenso", "Júlio Prates"]],
  },
  {
    construction: "«…», lamentou a autarca: a noun for any local office holder points back to the mayor",
    paragraphs: [
      "O presidente da Câmara de Mértola, Rui Valente, visitou a zona ardida.",
      "«Perdemos tudo numa noite», lamentou o autarca.",
    ],
    expected: [["Perdemos tudo numa noite", "Rui Valente"]],
  },
  {
    construction: '"…", diz o enfermeiro: the occupation given with the name points back to it',
    paragraphs: [
      "No posto trabalha o enfermeiro Caio Mendes, de 29 anos.",
      "Na fila, a dona de casa Ana Lobo espera a vacina.",
      '"Aqui ninguém fica sem atendimento", diz o enfermeiro.',
    ],
    expected: [["Aqui ninguém fica sem atendimento", "Caio Mendes"]],
  },
  {
    construction: 'Para Sobrenome, um dos …, … "…": a description in apposition makes the surname a person',
    paragraphs: [
      "O deputado Otávio Prado votou contra o projeto na terça-feira.",
      'Para Prado, um dos deputados críticos ao governo, o texto aprovado é um "cheque em branco".',
    ],
    expected: [["cheque em branco", "Otávio Prado"]],
  },
  {
    construction: "«…», acrescentou o responsável / completou o técnico, a capitã: the speaker just quoted",
    paragraphs: [
      "«O vento está a dificultar o combate», disse o comandante Rui Matos.",
      "«Os meios aéreos já estão no terreno», acrescentou o responsável.",
      "“Faltou intensidade”, avaliou Renato Gaúcho após o jogo.",
      "“Vamos corrigir isso na semana”, completou o técnico.",
      "“Jogamos mal”, admitiu a meia Marta Silva.",
      "“Mas a equipe reagiu”, disse a capitã.",
    ],
    expected: [
      ["O vento está a dificultar o combate", "Rui Matos"],
      ["Os meios aéreos já estão no terreno", "Rui Matos"],
      ["Faltou intensidade", "Renato Gaúcho"],
      ["Vamos corrigir isso na semana", "Renato Gaúcho"],
      ["Jogamos mal", "Marta Silva"],
      ["Mas a equipe reagiu", "Marta Silva"],
    ],
  },
  {
    construction: "a body's name joining its complement by e: a Associação de Medicina Geral e Familiar",
    paragraphs: [
      "A Associação de Medicina Geral e Familiar defende, em comunicado, que é preciso «ouvir os médicos».",
      "O Ministério da Ciência e Tecnologia informou em nota que as bolsas “serão pagas em março”.",
    ],
    expected: [
      ["ouvir os médicos", "Associação de Medicina Geral e Familiar"],
      ["serão pagas em março", "O Ministério da Ciência e Tecnologia"],
    ],
  },
  {
    construction: "em comunicado, a autarquia: the town council named before, its name opening on its noun",
    paragraphs: [
      "A Câmara Municipal de Braga vai fechar o mercado durante um mês.",
      "Em comunicado, a autarquia explica que as obras «não podem esperar mais».",
    ],
    expected: [["não podem esperar mais", "A Câmara Municipal de Braga"]],
  },
  {
    construction: "O senador …: the speaker just quoted, whose role names the Senate, party after his name",
    paragraphs: [
      "Para o líder do governo no Senado, Otto Ramos (PSD-BA), a proposta é “um avanço”.",
      "O senador chamou a oposição de “irresponsável” e pediu a votação imediata.",
    ],
    expected: [
      ["um avanço", "Otto Ramos"],
      ["irresponsável", "Otto Ramos"],
    ],
  },
  {
    construction: "Relator diz …: a headline's office without article is the person the body names",
    paragraphs: [
      ["headline", "Relator diz que votação fica “para agosto”"],
      "O relator do projeto no Senado, Otto Ramos (PSD-BA), afirmou que ainda faltam ajustes no texto.",
    ],
    expected: [["para agosto", "Otto Ramos"]],
  },
  {
    construction: "X acusou Y de «…», denunciou que «…»: accusation as speech",
    paragraphs: [
      "«As contas estão certas», afirmou o ministro das Finanças, Rui Tavares.",
      "A líder do Livre, Inês Sousa, acusou o ministro de «esconder a dívida às famílias».",
      "O sindicato denunciou que as escolas «estão sem aquecimento».",
    ],
    expected: [
      ["As contas estão certas", "Rui Tavares"],
      ["esconder a dívida às famílias", "Inês Sousa"],
      ["estão sem aquecimento", "O sindicato"],
    ],
  },
  {
    construction: "um motorista que preferiu não dar o nome contou: «…»: the relative clause's antecedent",
    paragraphs: ["Um motorista que preferiu não dar o nome contou: «A ponte balançava muito»."],
    expected: [["A ponte balançava muito", "Um motorista"]],
  },
  {
    construction: "uma fonte ouvida pela reportagem: the participle and its agent are no part of the source",
    paragraphs: ["Uma fonte do Planalto ouvida pela reportagem disse que o presidente «não vai recuar»."],
    expected: [["não vai recuar", "Uma fonte do Planalto"]],
  },
  {
    construction: "«…», conta uma utente de 68 anos: the age is no part of the description",
    paragraphs: [
      "«Não há soluções mágicas», disse a diretora Ana Ferreira.",
      "«Venho às seis para conseguir consulta», conta uma utente de 68 anos.",
    ],
    expected: [
      ["Não há soluções mágicas", "Ana Ferreira"],
      ["Venho às seis para conseguir consulta", "uma utente"],
    ],
  },
  {
    construction: "disse à Lusa que …, mas «…»: a long reported clause after whom it was told to",
    paragraphs: [
      "O comandante dos bombeiros, Paulo Neves, disse à Lusa que as duas frentes do incêndio continuam " +
        "ativas perto das aldeias da serra, mas a situação está «sob controlo».",
    ],
    expected: [["sob controlo", "Paulo Neves"]],
  },
  {
    construction:
      "De acordo com X, descrito longamente, …: a source phrase opening the sentence governs its quote",
    paragraphs: [
      "De acordo com a diretora do hospital de Santa Maria em Lisboa, Joana Rebelo Antunes (médica), a " +
        "urgência vai funcionar “com os meios mínimos”.",
    ],
    expected: [["com os meios mínimos", "Joana Rebelo Antunes"]],
  },
  {
    construction: "X, autor de …, … “…”, explicou o capitão (one name, an author's apposition, a role)",
    paragraphs: [
      "“Ganhamos bem”, disse o treinador Luís Pardo.",
      "Vidal, autor do segundo gol, falou com a imprensa. “A equipe acreditou sempre”, explicou o capitão.",
    ],
    expected: [
      ["Ganhamos bem", "Luís Pardo"],
      ["A equipe acreditou sempre", "Vidal"],
    ],
  },
  {
    construction: "X preferiram … e limitaram-se a lembrar que «…»: a plural preterite ends the subject",
    paragraphs: [
      "Fontes da Secretaria de Educação preferiram não comentar e se limitaram a lembrar que o calendário " +
        "escolar “não será alterado”.",
    ],
    expected: [["não será alterado", "Fontes da Secretaria de Educação"]],
  },
  {
    construction:
      "De acordo com o relator do projeto, deputado X, …: an apposition opening on a bare office names " +
      "the source",
    paragraphs: [
      "De acordo com o relator do projeto, deputado Paulo Meireles, a votação fica “para depois do " +
        "carnaval”.",
    ],
    expected: [["para depois do carnaval", "Paulo Meireles"]],
  },
  {
    construction:
      "…, informou X, que classificou … de «…»: a relative clause on que after the inverted subject",
    paragraphs: [
      "O trânsito ficará cortado na avenida do Porto até quinta-feira, informou a Câmara de Braga, que " +
        "classificou as obras de «inadiáveis».",
    ],
    expected: [["inadiáveis", "Câmara de Braga"]],
  },
  {
    construction:
      "Uma X que saía da … resumiu assim: “…”: a relative clause on que ending in a complement stands " +
      "between the unnamed speaker and the verb",
    paragraphs: [
      "O vereador Ivo Matos defendeu o novo horário. Uma passageira que saía da estação resumiu assim: " +
        "“Estou aqui há uma hora”.",
    ],
    expected: [["Estou aqui há uma hora", "Uma passageira"]],
  },
  {
    construction:
      "Em conversa com Y, disse que «…», sem sujeito: a frase com preposição que abre a oração não é o " +
      "sujeito; fala a pessoa nomeada antes. Segundo X, … «…» (negativo): a fonte de «segundo»",
    paragraphs: [
      "A poeta Maria Almeida Costa recebeu o prémio em casa. Em conversa com o Público, disse que " +
        "escreve «para os que nunca aparecem nos livros».",
      "Segundo o procurador do caso, André Moura Reis, o arguido «mentiu desde o primeiro dia».",
    ],
    expected: [
      ["para os que nunca aparecem nos livros", "Maria Almeida Costa"],
      ["mentiu desde o primeiro dia", "André Moura Reis"],
    ],
  },
  {
    construction:
      "«Entre elas está a de X, mãe de …», depois «…», reconhece sem sujeito: fala a pessoa que a frase " +
      "anterior apresenta depois de uma preposição, não o órgão nomeado antes; um órgão sujeito (negativo)",
    paragraphs: [
      "O Ministério da Educação confirmou que a escola da vila vai continuar aberta.",
      "A notícia chegou na sexta-feira. Entre elas está a de Maria Souza Lima, mãe de dois filhos, que se " +
        "mudou para a vila em 2022. “Se fechassem a escola, teríamos de ir embora”, reconhece.",
      "O Ministério da Saúde comunicou o fechamento do posto à família de Ana Reis Matos, que vive na " +
        "aldeia. “Não havia médico disponível”, explicou.",
    ],
    expected: [
      ["Se fechassem a escola, teríamos de ir embora", "Maria Souza Lima"],
      ["Não havia médico disponível", "O Ministério da Saúde"],
    ],
  },
]);
