// Frequent passwords of 8+ characters, compiled from public breach-frequency lists (RockYou, NCSC top 100k and similar).
const LIST = `
  password 12345678 123456789 1234567890 iloveyou princess babygirl football baseball superman michelle jennifer
  computer starwars sunshine whatever trustno1 butterfly 11111111 00000000 password1 iloveyou1 123123123
  987654321 qwertyuiop 1q2w3e4r 1qaz2wsx zaq12wsx abcd1234 aa123456 letmein1 welcome1 sunshine1 football1
  baseball1 princess1 qwerty123 password123 password12 password2 password01 passw0rd p@ssw0rd p@ssword pa55word
  pa$$word password! password1! passwort motdepasse contrasena contraseña wachtwoord salasana 12341234 1234qwer
  qwer1234 qwerty12 qwerty1234 qwertyui asdfghjk asdfghjkl asdfasdf zxcvbnm1 zxcvbnm123 zxcvbnmm 1q2w3e4r5t
  1q2w3e4r5t6y 1qazxsw2 2wsx3edc 3edc4rfv 1qaz2wsx3edc qazwsxedc qazwsxedcrfv q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6
  a1b2c3d4 a1s2d3f4 qweasdzxc qweasd123 asd123456 qwe123456 qwertyuio asdf1234 zxcv1234 1234asdf 1234abcd
  abcd12345 abc12345 abc123456 abcde12345 12345abc 123456abc 123abc123 a12345678 a123456789 q12345678 z12345678
  qq123456 zz123456 ss123456 aaa12345 123456qq 123456aa 12345678a 123456789a 1234567a 123456789q 12345qwert
  12345qwerty 123qweasd 123qweasdzxc 1qaz1qaz 1q1q1q1q zaq1zaq1 zaq1xsw2 xsw2zaq1 !qaz2wsx 1qaz@wsx qwerty1!
  qwer4321 asdfqwer 22222222 33333333 44444444 55555555 66666666 77777777 88888888 99999999 111111111 1111111111
  000000000 0000000000 12121212 13131313 69696969 123321123 1234554321 12344321 123454321 11223344 112233445566
  11112222 10203040 1020304050 01020304 123123123123 147258369 159753456 159357456 741852963 963852741 789456123
  147852369 1478963250 987456321 753951456 123654789 321654987 456789123 258456258 1357924680 13579246 24682468
  0987654321 87654321 98765432 876543210 9876543210 12345678910 123456789123 1234567899 1234567891 1234567809
  123456780 12345600 1234567890q 0123456789 01234567 123456788 123456654 123456123 12345612 123456321 123456987
  20082008 20092009 20102010 11111112 12312312 31415926 314159265 31415926535 19691969 19701970 19711971
  19801980 19811981 19821982 19831983 19841984 19851985 19861986 19871987 19881988 19891989 19901990 19911991
  19921992 19931993 19941994 19951995 19961996 19971997 19981998 19991999 20002000 20012001 20022002 20032003
  20042004 20052005 20062006 20072007 20202020 20212021 20222022 20232023 20242024 20252025 iloveyou2 iloveyou!
  iloveyou12 iloveyou123 iloveu123 iloveyou143 iloveme1 ilovegod ilovejesus iloveyou3 iloveyouu 143143143
  loveyou1 loveyou2 lovelove lovelove1 loveme123 lovely123 lover123 loveyou123 iloveyousomuch iloveyoubaby
  iloveyoutoo imissyou iluvyou1 loveislife lovers123 truelove sweetheart sweetlove mylove123 myloveis princesa
  princess12 princess123 babygirl1 babygirl12 babygurl babyboy1 babydoll babyblue babylove babyface babycakes
  sweetpea sweetie1 cupcake1 chocolate chocolate1 strawberry butterfly1 flowers1 rainbow1 sunflower cheerleader
  pinkpink hellokitty tinkerbell snowflake monkey12 monkey123 dragon12 dragon123 shadow12 shadow123 master12
  master123 michael1 jordan23 jordan123 jessica1 charlie1 charlie123 freedom1 freedom123 maggie12 thomas123
  hunter12 hunter123 ranger12 buster12 soccer12 soccer123 hockey12 killer12 killer123 george12 andrew12 harley12
  batman12 batman123 summer12 summer123 ashley12 ashley123 access14 mustang1 jordan12 letmein12 letmein123
  welcome12 welcome123 admin123 admin1234 administrator adminadmin root1234 rootroot toor1234 guest123 test1234
  testtest test12345 testing1 testing123 changeme changeme1 changeme123 default1 secret12 secret123 mypassword
  mypass123 newpass1 newpassword letmeinnow passpass password12345 password1234 dragonball dragonfly football12
  football123 baseball12 baseball123 basketball basketball1 volleyball softball1 soccerball hockey123 liverpool
  liverpool1 chelsea1 arsenal1 manchester manutd123 barcelona realmadrid juventus1 cowboys1 steelers patriots
  redskins broncos1 yankees1 redsox123 lakers24 lakers123 kobe2424 michaeljordan jordan2323 rangers1 celtic1888
  tottenham newcastle everton1 cristiano ronaldo7 ronaldo123 messi1010 beckham7 nascar24 superman1 superman123
  batman1234 spiderman spiderman1 ironman1 pokemon1 pokemon123 naruto123 narutouzumaki sasuke123 onepiece
  goku1234 digimon1 starwars1 skywalker darthvader jedimaster yoda1234 startrek matrix123 terminator gandalf1
  frodo123 legolas1 hogwarts harrypotter voldemort pikachu1 zelda123 mario123 minecraft minecraft1 fortnite1
  roblox123 counterstrike warcraft1 starcraft halo1234 playstation xbox360live nintendo1 gameboy1 callofduty
  michelle1 jennifer1 jessica12 samantha samantha1 nicole12 natalie1 victoria alexandra alexander alexander1
  christopher christina christine caroline catherine elizabeth elizabeth1 danielle gabriel1 jonathan benjamin
  patricia stephanie stephen1 anthony1 nicholas nicholas1 francesco federico giuseppe fernando1 roberto1
  cristina jasmine1 isabella isabelle veronica courtney brittany brandon1 brittney kimberly melissa1 amanda123
  heather1 rebecca1 richard1 william1 williams matthew1 joshua123 daniel123 michael12 michael123 david123
  robert123 charles1 patrick1 jackson1 johnson1 margaret angelina adrianna mercedes ferrari1 porsche911
  lamborghini computer1 internet internet1 keyboard monitor1 software hardware1 network1 security security1
  password2024 windows1 windows7 windowsxp microsoft macintosh linux123 ubuntu123 facebook facebook1 myspace1
  twitter1 instagram google123 youtube1 yahoo123 hotmail1 gmail123 skype123 iphone123 samsung1 samsung123
  nokia123 blackberry whatever1 trustno1! nothing1 something anything everything asdfghjkl1 qwertyuiop1
  qwertyuiop123 abcdefgh abcdefg1 abcdefghi abcdefghij abc123abc abcabcabc aaaaaaaa aaaaaaaaa aaaaaaaaaa
  bbbbbbbb cccccccc dddddddd eeeeeeee ffffffff gggggggg hhhhhhhh iiiiiiii jjjjjjjj kkkkkkkk llllllll mmmmmmmm
  nnnnnnnn oooooooo pppppppp qqqqqqqq rrrrrrrr ssssssss tttttttt uuuuuuuu vvvvvvvv wwwwwwww xxxxxxxx yyyyyyyy
  zzzzzzzz qqqqqqqqqq asasasas qwqwqwqw zxzxzxzx aabbccdd abababab aaaa1111 aaaaaa11 1111aaaa qazqazqaz
  sunshine12 sunshine123 shadow1234 dragon1234 monkey1234 qwerty12345 qwerty123456 qwerty11 qwerty007
  qwertyqwerty asdfasdf1 zxcvzxcv zxcvbnm12 zxcvbnmasdfghjkl azertyui azertyuiop azerty123 azerty12 qwertzuiop
  qwertz123 1234qwerasdf asdfjkl; asdfghjkl; !@#$%^&* !@#$%^&*() 1!2@3#4$ !qaz@wsx#edc qwer!@#$ 1234!@#$
  !@#$1234 p@55w0rd p4ssw0rd passw0rd1 passw0rd! p@ssw0rd1 p@ssw0rd! p@$$w0rd pa$$w0rd p4ssword passwd123
  passw0rd123 password00 password11 password22 password69 password99 password007 password777 password88
  password13 password21 password99! password10 password2023 password2022 password2021 password2020 password2019
  password2018 password2017 password2016 password2015 letmein! letmein2 letmeinplease opensesame welcome!
  welcome2 welcome01 welcome2024 welcome2023 welcomehome hello123 hello1234 helloworld hellohello hello12345
  goodbye1 goodluck goodgirl1 goodboy1 badboy123 bigdaddy fuckyou1 fuckyou2 fuckyou123 fuckoff1 fuckme69
  iloveyou69 sexysexy sexygirl sexyboy1 pussycat playboy1 hotmail123 hottie101 hotstuff michael2 jordan2345
  ginger123 pepper12 peanut12 snoopy123 garfield scooby123 scoobydoo mickeymouse minnie12 winniethepooh
  tweety123 bubbles1 smokey12 tigger12 tigger123 tiger123 lion1234 kitty123 kittycat kitten12 puppy123 puppylove
  doggy123 doggie12 bulldog1 rottweiler labrador golden12 cookie12 cookie123 cupcakes muffin12 buttercup
  sparky12 oreo1234 coffee12 chicken1 chicken123 pumpkin1 pineapple watermelon blueberry cherry12 banana12
  banana123 orange12 apple123 apple1234 lemon123 mango123 peaches1 candy123 icecream sunshine2 moonlight
  midnight midnight1 starlight starlight1 silverfish blackcat goldfish1 redrose1 bluesky1 greenday blue1234
  red12345 black123 white123 purple12 yellow12 orange123 silver12 golden123 diamond1 diamonds crystal1 emerald1
  phoenix1 thunder1 lightning hurricane tornado1 blizzard1 snowboard skateboard surfing1 fishing1 hunting1
  camping1 running1 cycling1 swimming dancing1 singing1 music123 musician guitar12 guitar123 drummer1 piano123
  rockstar rocknroll metallica nirvana1 slipknot1 eminem12 beatles1 ledzeppelin pinkfloyd asshole1 bitch123
  fucking1 fuckface motherfucker shithead1 dickhead thomas12 charlie12 daniel12 joshua12 andrew123 matthew12
  justin12 anthony12 robert12 william12 richard12 joseph12 michael7 alexis12 austin12 dallas12 jackie12
  jasmine12 nicole123 jessica123 ashley1234 amanda12 sarah123 emily123 hannah12 madison1 lauren12 olivia12
  sophie12 chloe123 megan123 rachel12 brittany1 tiffany1 crystal12 melanie1 stephanie1 vanessa1 veronica1
  natasha1 svetlana tatiana1 anastasia qwerty78 qwerty69 qwerty77 qwerty88 qwerty99 qwerty21 qwerty22 qwerty01
  qwertyuiop12 1qaz2wsx3 zaq12wsx3 zaq123wsx 123qwe123 qwe123qwe 123qweasd123 qwe12345 asd12345 zxc12345
  zxc123456 qaz12345 qaz123456 wsx12345 edc12345 123zxc123 zxcasdqwe qwertyasdf 1234zxcv
`;

const COMMON = new Set(LIST.trim().split(/\s+/));

/** Number of distinct entries in the list. */
export const COMMON_PASSWORD_COUNT = COMMON.size;

const ALPHABETS = ["0123456789", "abcdefghijklmnopqrstuvwxyz"];

/** True for one repeated character ("aaaaaaaa") or a run stepping by one ("12345678", "abcdef", "9876543210"). */
function isTrivial(s: string): boolean {
  if (/^(.)\1*$/su.test(s)) return true;
  for (const alphabet of ALPHABETS) {
    const indexes = Array.from(s, (c) => alphabet.indexOf(c));
    if (indexes.length < 2 || indexes.some((i) => i < 0)) continue;
    const n = alphabet.length;
    const step = ((indexes[1] ?? 0) - (indexes[0] ?? 0) + n) % n;
    if (step !== 1 && step !== n - 1) continue;
    if (indexes.every((i, k) => k === 0 || (i - (indexes[k - 1] ?? 0) + n) % n === step)) return true;
  }
  return false;
}

/**
 * Whether a password is too common to allow: listed (case-insensitively), listed once trailing digits and
 * punctuation are removed ("Password2024!", "sunshine99"), or a repeated character / simple sequence.
 */
export function isCommonPassword(password: string): boolean {
  const candidate = password.normalize("NFKC").trim().toLowerCase();
  if (candidate === "") return false;
  if (COMMON.has(candidate) || isTrivial(candidate)) return true;
  const base = candidate.replace(/[\d\p{P}\p{S}\s]+$/u, "");
  return base.length >= 6 && base !== candidate && (COMMON.has(base) || isTrivial(base));
}
