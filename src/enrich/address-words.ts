/**
 * Word tables for address keys. Street types follow USPS Publication 28 (Appendix C1, the Postal
 * Service standard suffix abbreviations), with the UK (Royal Mail) and Australia Post forms that
 * USPS lacks; directionals and units follow Pub 28 §2.3 and Appendix C2.
 */

function table(spec: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const group of spec.trim().split(/\s+/)) {
    const [canonical, ...variants] = group.split(',');
    // `_` stands for a space inside a multi-word name ("new_york").
    for (const word of [canonical!, ...variants]) map.set(word.replace(/_/g, ' '), canonical!);
  }
  return map;
}

/** Street type word → its abbreviation. Each group is `abbreviation,variant,variant…`. */
export const STREET_TYPES = table(`
  aly,alley,allee ave,avenue,av,aven,avenu,avn,avnue blvd,boulevard,boul,boulv bnd,bend
  byp,bypass,bypas cir,circle,circ,circl,crcl cct,circuit,cirt cl,close cmn,common
  cres,crescent,crsnt,cresc ct,court,crt ctr,center,centre,cntr,cent cv,cove
  dr,drive,driv,drv esp,esplanade expy,expressway,expwy,expw ext,extension,extn
  fwy,freeway,frwy gdns,gardens,gardns gdn,garden gln,glen grn,green grv,grove,gr,gro
  hts,heights,ht hwy,highway,hiway,hway,highwy hl,hill holw,hollow jct,junction,jctn
  ln,lane lndg,landing mdw,meadow mnr,manor mt,mount mtn,mountain mwy,motorway
  pde,parade pkwy,parkway,pkway,parkwy,pky pl,place plz,plaza,plza pt,point
  rd,road rdg,ridge rte,route sq,square,sqr st,street,str,strt,stre
  sta,station,stn ter,terrace,terr,tce tpke,turnpike,trnpk trl,trail,trls
  vly,valley vw,view vlg,village,vill xing,crossing,crssng wy,way
`);

/** Directional words → USPS one- or two-letter forms. */
export const DIRECTIONALS = table(`
  n,north s,south e,east w,west ne,northeast nw,northwest se,southeast sw,southwest
`);

/** Written ordinals, as street names use them ("First Avenue" = "1st Ave"). */
export const ORDINALS = table(`
  1st,first 2nd,second 3rd,third 4th,fourth 5th,fifth 6th,sixth 7th,seventh 8th,eighth 9th,ninth 10th,tenth
`);

/**
 * Secondary-unit designators → the prefix of the unified unit. Apartments, suites, flats, rooms and
 * private mailboxes all become `#` because sources pick among them freely for one door; buildings and
 * floors stay distinct because "Bldg 2 Apt 4" names two levels.
 */
export const UNIT_WORDS = new Map<string, string>([
  ...'# apt apartment appt unit ste suite flat rm room pmb lot spc trlr'.split(' ').map((w) => [w, '#'] as const),
  ['bldg', 'bldg'],
  ['building', 'bldg'],
  ['fl', 'fl'],
  ['flr', 'fl'],
  ['floor', 'fl'],
]);

/** US state, DC and territory names → USPS codes (used only when an address has no ZIP). */
export const US_STATES = table(`
  al,alabama ak,alaska az,arizona ar,arkansas ca,california co,colorado ct,connecticut de,delaware
  dc,district_of_columbia fl,florida ga,georgia hi,hawaii id,idaho il,illinois in,indiana ia,iowa
  ks,kansas ky,kentucky la,louisiana me,maine md,maryland ma,massachusetts mi,michigan mn,minnesota
  ms,mississippi mo,missouri mt,montana ne,nebraska nv,nevada nh,new_hampshire nj,new_jersey
  nm,new_mexico ny,new_york nc,north_carolina nd,north_dakota oh,ohio ok,oklahoma or,oregon
  pa,pennsylvania ri,rhode_island sc,south_carolina sd,south_dakota tn,tennessee tx,texas ut,utah
  vt,vermont va,virginia wa,washington wv,west_virginia wi,wisconsin wy,wyoming pr,puerto_rico
  gu,guam vi,virgin_islands as,american_samoa mp,northern_mariana_islands
`);
