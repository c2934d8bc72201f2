/**
 * Place names the target's dictionary lacks. dictionary-es lists countries and few other
 * proper nouns, so every Spanish name of a city would be "not a word" (`Moscú`,
 * `Varsovia`); these are the Spanish names of capitals and large or historic cities and
 * regions whose Spanish form differs from the local or English one (common exonyms, as
 * Spanish style guides write them), word by word. English needs none: the English
 * dictionary lists its place names.
 */
const SPANISH = `
Aquisgrán Argel Amberes Atenas Auschwitz-Birkenau Ámsterdam Basilea Belgrado Berlín Berna
Birmania Bombay Brujas Bruselas Bucarest Budapest Burdeos Calcuta Ciudad del Cabo
Copenhague Cracovia Colonia Crimea Damasco Dresde Dublín Edimburgo El Cairo Estambul
Estocolmo Estrasburgo Fráncfort Filadelfia Florencia Friburgo Gante Gdansk Ginebra
Gotemburgo Hamburgo Hannover Helsinki Járkov Jerusalén Kazajistán Kiev Kursk Lepanto Leningrado Lieja
Lila Lisboa Londres Lovaina Lyon Maguncia Marsella Milán Minsk Moscú Múnich Nápoles
Niza Núremberg Nueva Delhi Nueva Orleans Nueva York Odesa Oporto Pekín Perpiñán Petrogrado
Potsdam Praga Ratisbona Reikiavik Riga Sajalín San Petersburgo Siberia Sídney Smolensko
Sebastopol Stalingrado Taskent Tiflis Tokio Tolón Turín Ucrania Varsovia Venecia Versalles
Viena Vilna Volgogrado Zúrich Zagreb Bielorrusia Moldavia Transilvania Baviera Sajonia
Renania Prusia Silesia Lorena Alsacia Bretaña Normandía Borgoña Toscana Lombardía Cerdeña
Córcega Sicilia Flandes Valonia Escandinavia Laponia Cáucaso Urales Volga Danubio Rin
Támesis Sena Vístula Dniéper Neva Kremlin
`;

/** Proper nouns of places, per language, as written (capitals and accents). */
export const PLACE_NAMES: Readonly<Record<string, ReadonlySet<string>>> = {
	es: new Set(SPANISH.split(/\s+/).filter(Boolean)),
};
