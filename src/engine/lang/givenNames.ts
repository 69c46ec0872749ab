// Given names whose gender is not in doubt, in the languages Quotelight reads and the names their
// news pages most often carry. A reporter who has written "Ferran Soler" calls him "el extremo" next:
// the name alone tells a reader the description's gender agrees. One list for every language, as
// names cross borders with the people who bear them; a name borne by men in one country and women
// in another (Andrea, Jean, Kim, Sasha) is left out, so the list never settles such a case wrongly.
// These hand-picked names come first; words/givenNames.ts adds some 6,000 more, reduced by
// build/givenNames.mjs from the name tables of gender-detection-from-name under the same promise.
// Those tables leave English and Irish names out (the build keeps no name only a birth register holds,
// as registers hold surnames too), so the commonest of them are hand-picked here; not those that are
// also common words or frequent surnames (Dean, Grant, Ryan, Henry, Heather), nor Joan, a Catalan man's.
import type { Gender } from "./types.ts";
import { words } from "./lexicon.ts";
import { decodeWords } from "./commonWords.ts";
import { tabledGivenNames } from "./words/givenNames.ts";
import { keptAnswers } from "./keptAnswers.ts";

const MEN = words(`
  aaron adam adrián adrien agustín alain alan albert alberto alejandro alessandro alexander alexandre
  alfonso alfredo álvaro amadou mamadou ander andrés andré andreas andrew ángel antoine anton antonio arnaud
  arthur arturo augusto axel baptiste bastian benedikt benjamin benoît bernard bernardo bernd björn
  bruno carlos carlo cédric césar charles christian christophe christopher claudio clément cristian
  cristiano damien daniel dario david denis didier diego diogo dirk dominik édouard eduardo emiliano
  edgar édgar
  emmanuel enrique enzo eric éric esteban étienne fabian fabien fabio facundo federico felipe félix
  fernando ferran filipe florian francesco francisco françois frank franz frédéric gabriel gaspard
  georg george gérard germán gianluca gilles giovanni giuseppe gonzalo grégoire gregorio guilherme
  guillaume guillermo gustavo hans harry heinz henri henrique hernán hervé hugo ignacio iñaki iñigo
  ismael iván jacques jaime jakob james janek jannik javier jérôme joão joaquim joaquín joël
  johannes john jonas jonathan jordi jorge josé josep joseph josué juan julián julien jürgen karl
  klaus lars laurent leandro léo leonardo leopoldo lionel lorenzo louis luca lucas lucio luis luiz
  lukas manuel marc marcelo marco marcos mario markus martin martín mateo mateus mathias mathieu
  mathis matías matteo matthew matthias maurice mauricio maxime michael michel miguel mohamed oliver
  nathan nicolas nicolás niklas noah olivier óscar oscar pablo paolo pascal patrick patricio paul
  paulo pedro peter philippe pierre rafael rafa ramón raúl raphaël rémi renato ricardo richard
  roberto rodrigo rogelio roger roland romain ronaldo rubén salvador samuel santiago sebastián sébastien
  sergio simon stefan stéphane steven sven thiago thomas tiago timo tobias tomás tomasz valentín vicente
  víctor vincent walter william xavier yannick yves iker unai aitor mikel jon xabier pau oriol arnau
  werner helmut wolfgang günter manfred dieter uwe jens reinhard gerhard rainer horst ralf
  karim mehdi rachid samir youssef yassine mourad nabil hamza kamel farid
  kevin liam ian justin timothy jerry jim tim joe tom mike phil kyle shane alistair hamish callum euan
  lachlan seán eoin cian oisín pádraig ciarán dónal declan conor colm fergal niall diarmuid ruairí
  darragh tadhg séamus cathal
`);

const WOMEN = words(`
  adriana agathe agnès alejandra alessandra alice alicia amalia amélie ana anabel andrée ángela
  angélique anna anne annette antonella antonia aurélie ayelen beatriz béatrice begoña birgit
  brigitte camila carla carmen carolina caroline catalina catherine cecilia céline chantal
  charlotte chiara christina christine claire clara claudia cláudia clémence constanza cristina
  daniela débora delphine diana dolores elena eleonora elisa élise elizabeth elodie élodie emilia
  emma esperanza esther eugenia eva fabiana fernanda florence francesca françoise gabriela
  giulia gloria graciela geneviève hélène hannah heike ines inès inés irene isabel isabela isabelle
  jacqueline jana jeanne jennifer jessica johanna josefina juana julia juliana julie julieta karin
  katharina katrin laura laure léa leonor leticia lidia liliana lorena lucía luciana lucie luisa
  luísa lourdes magdalena manon manuela marcela margarita margaux maria maría mariana marie
  marina marine marta martina maryam mathilde mercedes mónica monika montserrat nadia natalia
  nathalie noelia núria olga patricia paula paulina petra pilar raquel regina renata rocío rosa
  sabine sabrina sandra sara sarah silvia sílvia sofía sophie stéphanie susana
  susanne sylvie tatiana teresa ursula valentina valeria valérie vanessa verónica victoria virginie
  ximena yolanda zoé ainhoa ane nerea leire maite itziar laia mireia montse
  kerstin ute ingrid renate gisela
  leïla leila fatima amina samira yasmina khadija salma malika
  harriet karen rachel melissa amanda megan lauren mary linda helen janet pamela sheila jane eileen
  maureen kathryn niamh aoife siobhán saoirse orla sinéad gráinne deirdre máiréad caoimhe róisín
  aisling clodagh eimear sorcha maeve
`);

/**
 * A given name as the lists are compared with it: lower case, its accents folded, as pages write the
 * same name both ways ("Félix" and "Felix", "Wálter" and "Walter"); no name the lists hold folds onto
 * one of the other gender's.
 */
const unaccented = (name: string) => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
const MEN_UNACCENTED = new Set([...MEN, ...decodeWords(tabledGivenNames.men)].map(unaccented));
const WOMEN_UNACCENTED = new Set([...WOMEN, ...decodeWords(tabledGivenNames.women)].map(unaccented));

// The same names and capitalised words are asked of again and again (every name run, every
// mention), and folding accents is dear: each one's answer is kept, null where it tells no gender.
const genderByName = keptAnswers((fullName: string): Gender | null => {
  const first = unaccented(fullName.split(/\s+/u)[0] ?? "").split("-")[0]!;
  return MEN_UNACCENTED.has(first) ? "m" : WOMEN_UNACCENTED.has(first) ? "f" : null;
});

/**
 * The gender a person's first given name tells, when it tells one (`Ferran Soler` → "m"). A compound
 * given name (`Ralf-Peter`, `Marie-Claire`) tells the gender of its first part, which sets it where the
 * parts differ (`Marie-Claude`, `Marie-José` are women, `Pierre-Marie` a man); a first part no list
 * holds (`Jean-Marie`: `Jean` is a woman's name in English too) tells none.
 */
export function givenNameGender(fullName: string): Gender | undefined {
  return genderByName(fullName) ?? undefined;
}

/** A word the lexicon knows as someone's given name (`Ferran`): a person's name, not a common word. */
export const isGivenName = (word: string): boolean => givenNameGender(word) !== undefined;

/** The hand-picked lists, which the build of the tabled names never contradicts. */
export const HAND_PICKED_NAMES = { men: MEN, women: WOMEN } as const;

/** Both genders' names as they are compared, for the test that no name is given both. */
export const GIVEN_NAMES = { men: MEN_UNACCENTED, women: WOMEN_UNACCENTED } as const;
