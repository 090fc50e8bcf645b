"""Number words of languages ICU cannot spell out, written by hand: is a small number written as
words in a translation?

For about fifty languages of NTREX-128 that have no ICU spell-out rules, the words for 1–20, the
round tens, 100 and 1000 (and lakh where it is used), written from the standard numeral systems of
each language as its grammars give them, and checked against the NTREX dev catalogs: each word
was looked for in the translations whose English source has its value and no digit for it there.
Other values are composed of those words (65 of 60 and 5, 400 of 4 and 100); values beyond them
(125, 2018) are not covered: translators keep such values as digits, so ``compare`` reports
one missing as an error.

A word is found generously, since a word found in error only keeps a missing number a warning:
as a whole word; as the start of a longer one when it has three letters or more (endings:
hijdehê, പതിനാലാം); inside one when it has four or more (noun-class prefixes: ezimbili,
isithupha; compounds). A phrase (``tekau mā tahi``) is found when each of its words is. Tibetan
script is searched with its syllable marks removed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal

from ..langtags import primary_language

# value: forms, separated by "|"; a form of several words is a phrase. "T" in 11–19 entries
# written as "+unit" means: the ten word and that unit's word (generated below).
_RAW: dict[str, str] = {
    # Dravidian and Indo-Aryan (endings join the word: ഇരുപതുകാരനായ, चाळीशीत)
    "te": "1 ఒకటి|ఒక|ఒక్క;2 రెండు|ఇద్దరు;3 మూడు|ముగ్గురు;4 నాలుగు|నలుగురు;5 ఐదు|అయిదు;6 ఆరు;7 ఏడు;8 ఎనిమిది;"
          "9 తొమ్మిది;10 పది;11 పదకొండు;12 పన్నెండు;13 పదమూడు;14 పద్నాలుగు;15 పదిహేను;16 పదహారు;17 పదిహేడు;"
          "18 పద్దెనిమిది;19 పంతొమ్మిది;20 ఇరవై;30 ముప్పై;40 నలభై;50 యాభై;60 అరవై;70 డెబ్బై;80 ఎనభై;90 తొంభై;"
          "100 వంద|నూరు;1000 వెయ్యి|వేల|వేయి;100000 లక్ష",
    "kn": "1 ಒಂದು|ಒಬ್ಬ;2 ಎರಡು|ಇಬ್ಬರ;3 ಮೂರು|ಮೂವರ;4 ನಾಲ್ಕು|ನಾಲ್ವರ;5 ಐದು;6 ಆರು;7 ಏಳು;8 ಎಂಟು;9 ಒಂಬತ್ತು;10 ಹತ್ತು;"
          "11 ಹನ್ನೊಂದು;12 ಹನ್ನೆರಡು;13 ಹದಿಮೂರು;14 ಹದಿನಾಲ್ಕು;15 ಹದಿನೈದು;16 ಹದಿನಾರು;17 ಹದಿನೇಳು;18 ಹದಿನೆಂಟು;"
          "19 ಹತ್ತೊಂಬತ್ತು;20 ಇಪ್ಪತ್ತು;30 ಮೂವತ್ತು;40 ನಲವತ್ತು|ನಲ್ವತ್ತು;50 ಐವತ್ತು;60 ಅರವತ್ತು;70 ಎಪ್ಪತ್ತು;80 ಎಂಬತ್ತು;"
          "90 ತೊಂಬತ್ತು;100 ನೂರು;1000 ಸಾವಿರ;100000 ಲಕ್ಷ",
    "ml": "1 ഒന്ന്|ഒരു;2 രണ്ട്;3 മൂന്ന്;4 നാല്|നാലു;5 അഞ്ച്;6 ആറ്;7 ഏഴ്;8 എട്ട്;9 ഒമ്പത്|ഒൻപത്;10 പത്ത്;"
          "11 പതിനൊന്ന്;12 പന്ത്രണ്ട്;13 പതിമൂന്ന്;14 പതിനാല്;15 പതിനഞ്ച്;16 പതിനാറ്;17 പതിനേഴ്;18 പതിനെട്ട്;"
          "19 പത്തൊമ്പത്|പത്തൊൻപത്;20 ഇരുപത്;30 മുപ്പത്;40 നാല്പത്|നാൽപത്|നാൽപ്പത്;50 അമ്പത്|അൻപത്;60 അറുപത്;"
          "70 എഴുപത്;80 എൺപത്|എണ്പത്;90 തൊണ്ണൂറ്;100 നൂറ്;1000 ആയിര;100000 ലക്ഷ",
    "pa": "1 ਇੱਕ|ਇਕ;2 ਦੋ;3 ਤਿੰਨ;4 ਚਾਰ;5 ਪੰਜ;6 ਛੇ;7 ਸੱਤ;8 ਅੱਠ;9 ਨੌਂ|ਨੌ;10 ਦਸ;11 ਗਿਆਰਾਂ|ਗਿਆਰ੍ਹਾਂ;12 ਬਾਰਾਂ|ਬਾਰ੍ਹਾਂ;"
          "13 ਤੇਰਾਂ|ਤੇਰ੍ਹਾਂ;14 ਚੌਦਾਂ;15 ਪੰਦਰਾਂ|ਪੰਦਰ੍ਹਾਂ;16 ਸੋਲਾਂ|ਸੋਲ੍ਹਾਂ|ਸੋਲ਼ਾਂ;17 ਸਤਾਰਾਂ|ਸਤਾਰ੍ਹਾਂ;18 ਅਠਾਰਾਂ|ਅਠਾਰ੍ਹਾਂ;"
          "19 ਉੱਨੀ|ਉਨੀ;20 ਵੀਹ;30 ਤੀਹ;40 ਚਾਲੀ;50 ਪੰਜਾਹ;60 ਸੱਠ;70 ਸੱਤਰ;80 ਅੱਸੀ;90 ਨੱਬੇ;100 ਸੌ;1000 ਹਜ਼ਾਰ|ਹਜਾਰ;"
          "100000 ਲੱਖ",
    "bn": "1 এক;2 দুই|দুটি|দুটো;3 তিন;4 চার;5 পাঁচ;6 ছয়|ছয়;7 সাত;8 আট;9 নয়|নয়;10 দশ;11 এগারো|এগার;"
          "12 বারো;13 তেরো|তের;14 চৌদ্দ;15 পনেরো|পনের;16 ষোলো|ষোল;17 সতেরো|সতের;18 আঠারো|আঠার;19 উনিশ;20 বিশ|কুড়ি;"
          "30 ত্রিশ;40 চল্লিশ;50 পঞ্চাশ;60 ষাট;70 সত্তর;80 আশি;90 নব্বই;100 একশ|শত|শো;1000 হাজার;100000 লাখ|লক্ষ",
    "mr": "1 एक;2 दोन;3 तीन;4 चार;5 पाच;6 सहा;7 सात;8 आठ;9 नऊ;10 दहा;11 अकरा;12 बारा;13 तेरा;14 चौदा;15 पंधरा;"
          "16 सोळा;17 सतरा;18 अठरा;19 एकोणीस;20 वीस;30 तीस;40 चाळीस|चाळीश;50 पन्नास;60 साठ;70 सत्तर;80 ऐंशी;"
          "90 नव्वद;100 शंभर;1000 हजार;100000 लाख",
    "si": "1 එක|එක්;2 දෙක|දෙකක්;3 තුන|තුන්;4 හතර|සිව්;5 පහ|පස්;6 හය|සය;7 හත|සත්;8 අට;9 නවය|නමය;10 දහය|දස;"
          "11 එකොළහ|එකොළොස්;12 දොළහ|දොළොස්;13 දහතුන;14 දාහතර|දහහතර;15 පහළොව|පසළොස්;16 දහසය;17 දාහත|දහහත;"
          "18 දහඅට;19 දහනවය;20 විස්ස|විසි;30 තිහ|තිස්;40 හතළිහ|හතළිස්;50 පනහ|පනස්;60 හැට;70 හැත්තෑ;80 අසූ;90 අනූ;"
          "100 සියය|සිය;1000 දහස|දාහ;100000 ලක්ෂ",
    "ur": "1 ایک;2 دو;3 تین;4 چار;5 پانچ;6 چھ|چھے;7 سات;8 آٹھ;9 نو;10 دس;11 گیارہ;12 بارہ;13 تیرہ;14 چودہ;15 پندرہ;"
          "16 سولہ;17 سترہ;18 اٹھارہ;19 انیس;20 بیس;30 تیس;40 چالیس;50 پچاس;60 ساٹھ;70 ستر;80 اسی;90 نوے;100 سو;"
          "1000 ہزار;100000 لاکھ",
    "sd": "1 هڪ|هِڪ;2 ٻه|ٻن|ٻئي|ٻ;3 ٽي|ٽن;4 چار;5 پنج;6 ڇهه|ڇه;7 ست;8 اٺ;9 نو|نوَ;10 ڏهه|ڏه;11 يارهن;12 ٻارهن;"
          "13 تيرهن;14 چوڏهن;15 پندرهن;16 سورهن;17 سترهن;18 ارڙهن;19 اڻويهه|اوڻيهه;20 ويهه;30 ٽيهه;40 چاليهه;"
          "50 پنجاهه;60 سٺ;70 ستر;80 اسي;90 نوي;100 سؤ|سئو|سو;1000 هزار;100000 لک",
    "ps": "1 یو|یوه;2 دوه|دوو;3 درې|دری;4 څلور;5 پنځه;6 شپږ;7 اووه|اوه;8 اته;9 نهه;10 لس;11 یوولس;12 دولس;"
          "13 دیارلس;14 څوارلس;15 پنځلس;16 شپاړس;17 اوولس;18 اتلس;19 نولس;20 شل;30 دېرش|دیرش;40 څلوېښت|څلویښت;"
          "50 پنځوس;60 شپېته|شپیته;70 اویا;80 اتیا;90 نوي;100 سل;1000 زر",
    # Iranian and Turkic
    "ckb": "1 یەک;2 دوو;3 سێ;4 چوار;5 پێنج;6 شەش;7 حەوت;8 هەشت;9 نۆ;10 دە;11 یازدە;12 دوازدە;13 سێزدە;14 چواردە;"
           "15 پازدە|پانزدە;16 شازدە|شانزدە;17 حەڤدە|حەفدە;18 هەژدە|هەجدە;19 نۆزدە;20 بیست;30 سی;40 چل;50 پەنجا;"
           "60 شەست;70 حەفتا;80 هەشتا;90 نەوەد;100 سەد;1000 هەزار",
    "ku": "1 yek;2 du;3 sê;4 çar;5 pênc;6 şeş;7 heft;8 heşt;9 neh;10 deh;11 yazdeh|yanzdeh;12 dazdeh|diwazdeh|donzdeh;"
          "13 sêzdeh;14 çardeh;15 pazdeh|panzdeh;16 şazdeh|şanzdeh;17 hevdeh|hivdeh;18 hijdeh|hejdeh|hîjdeh;"
          "19 nozdeh|nuzdeh|nûzdeh;20 bîst;30 sî;40 çil;50 pêncî;60 şêst;70 heftê;80 heştê;90 nod|not;100 sed;1000 hezar",
    "tg": "1 як;2 ду;3 се;4 чор;5 панҷ;6 шаш;7 ҳафт;8 ҳашт;9 нӯҳ|нуҳ;10 даҳ;11 ёздаҳ;12 дувоздаҳ;13 сездаҳ;14 чордаҳ;"
          "15 понздаҳ|панҷдаҳ;16 шонздаҳ;17 ҳабдаҳ|ҳафдаҳ;18 ҳаждаҳ|ҳаҷдаҳ;19 нуздаҳ|нӯздаҳ;20 бист;30 сӣ|си;40 чил;"
          "50 панҷоҳ;60 шаст;70 ҳафтод;80 ҳаштод;90 навад;100 сад;1000 ҳазор",
    "uz": "1 bir;2 ikki;3 uch;4 toʻrt|to'rt|to‘rt|tоʻrt;5 besh;6 olti;7 yetti;8 sakkiz;9 toʻqqiz|to'qqiz|to‘qqiz;"
          "10 oʻn|o'n|o‘n;20 yigirma;30 oʻttiz|o'ttiz|o‘ttiz;40 qirq;50 ellik;60 oltmish;70 yetmish;80 sakson;"
          "90 toʻqson|to'qson|to‘qson;100 yuz;1000 ming",
    "tk": "1 bir;2 iki;3 üç;4 dört;5 bäş;6 alty;7 ýedi;8 sekiz;9 dokuz;10 on;20 ýigrimi;30 otuz;40 kyrk;50 elli;"
          "60 altmyş;70 ýetmiş;80 segsen;90 togsan;100 ýüz;1000 müň",
    "tt": "1 бер;2 ике;3 өч;4 дүрт;5 биш;6 алты;7 җиде;8 сигез;9 тугыз;10 ун;20 егерме;30 утыз;40 кырык;50 илле;"
          "60 алтмыш;70 җитмеш;80 сиксән;90 туксан;100 йөз;1000 мең",
    "ba": "1 бер;2 ике;3 өс;4 дүрт;5 биш;6 алты;7 ете;8 һигеҙ;9 туғыҙ;10 ун;20 егерме;30 утыҙ;40 ҡырҡ;50 илле;"
          "60 алтмыш;70 етмеш;80 һикһән;90 туҡһан;100 йөҙ;1000 мең",
    "ug": "1 بىر;2 ئىككى;3 ئۈچ;4 تۆت;5 بەش;6 ئالتە;7 يەتتە;8 سەككىز;9 توققۇز;10 ئون;20 يىگىرمە;30 ئوتتۇز;40 قىرىق;"
          "50 ئەللىك;60 ئاتمىش|ئالتمىش;70 يەتمىش;80 سەكسەن;90 توقسان;100 يۈز;1000 مىڭ",
    "mn": "1 нэг;2 хоёр;3 гурав|гурван;4 дөрөв|дөрвөн;5 тав|таван;6 зургаа|зургаан;7 долоо|долоон;8 найм|найман;"
          "9 ес|есөн;10 арав|арван;20 хорь|хорин;30 гуч|гучин;40 дөч|дөчин;50 тавь|тавин;60 жар|жаран;70 дал|далан;"
          "80 ная|наян;90 ер|ерэн;100 зуу|зуун;1000 мянга|мянган",
    # Ethiopic and Tibetan scripts, Thaana
    "ti": "1 ሓደ|ሓንቲ;2 ክልተ;3 ሰለስተ;4 ኣርባዕተ|ኣርባዕ;5 ሓሙሽተ;6 ሽዱሽተ;7 ሸውዓተ;8 ሸሞንተ;9 ትሽዓተ;10 ዓሰርተ;"
          "20 ዕስራ;30 ሰላሳ;40 ኣርብዓ;50 ሓምሳ;60 ስሳ;70 ሰብዓ;80 ሰማንያ;90 ቴስዓ|ተስዓ;100 ሚእቲ;1000 ሽሕ",
    "dz": "1 གཅིག;2 གཉིས;3 གསུམ;4 བཞི;5 ལྔ;6 དྲུག;7 བདུན;8 བརྒྱད;9 དགུ;10 བཅུ;11 བཅུགཅིག;12 བཅུགཉིས;"
          "13 བཅུགསུམ;14 བཅུབཞི;15 བཅོལྔ;16 བཅུདྲུག;17 བཅུབདུན;18 བཅོབརྒྱད;19 བཅུདགུ;20 ཉིཤུ;30 སུམཅུ;"
          "40 བཞིབཅུ|ཞིབཅུ;50 ལྔབཅུ|ལྔཅུ;60 དྲུགཅུ;70 བདུནཅུ;80 བརྒྱདཅུ;90 དགུབཅུ|གོཔ;100 བརྒྱ;1000 སྟོང",
    "dv": "1 އެކެއް|އެއް;2 ދެ|ދޭއް;3 ތިނެއް|ތިން;4 ހަތަރެއް|ހަތަރު;5 ފަހެއް|ފަސް;6 ހައެއް;7 ހަތެއް|ހަތް;"
          "8 އަށެއް|އަށް;9 ނުވައެއް|ނުވަ;10 ދިހައެއް|ދިހަ;20 ވިހި;30 ތިރީސް;40 ސާޅީސް;50 ފަންސާސް;100 ސަތޭކަ;1000 ހާސް",
    # Austronesian
    "mi": "1 tahi|kotahi;2 rua;3 toru;4 whā|wha;5 rima;6 ono;7 whitu;8 waru;9 iwa;10 tekau|ngahuru;20 rua tekau;"
          "30 toru tekau;40 whā tekau|wha tekau;50 rima tekau;60 ono tekau;70 whitu tekau;80 waru tekau;90 iwa tekau;"
          "100 rau;1000 mano",
    "sm": "1 tasi;2 lua;3 tolu;4 fā|fa;5 lima;6 ono;7 fitu;8 valu;9 iva;10 sefulu;20 luasefulu;30 tolusefulu;"
          "40 fāsefulu|fasefulu;50 limasefulu;60 onosefulu;70 fitusefulu;80 valusefulu;90 ivasefulu;100 selau;1000 afe",
    "to": "1 taha;2 ua;3 tolu;4 fā|fa;5 nima;6 ono;7 fitu;8 valu;9 hiva;10 hongofulu;20 uofulu;30 tolungofulu;"
          "40 fāngofulu|fangofulu;50 nimangofulu;60 onongofulu;70 fitungofulu;80 valungofulu;90 hivangofulu;"
          "100 teau|ngeau;1000 afe",
    "ty": "1 hōʻē|hoʻe|hō'ē|ho'e|hoê|tahi;2 piti;3 toru;4 maha;5 pae;6 ōno|ono;7 hitu;8 vaʻu|va'u|vau;9 iva;"
          "10 ʻahuru|'ahuru|ahuru;20 piti ahuru|piti ʻahuru|piti 'ahuru;30 toru ahuru|toru ʻahuru|toru 'ahuru;"
          "100 hānere|hanere;1000 tauatini",
    "fj": "1 dua;2 rua;3 tolu;4 vā|va;5 lima;6 ono;7 vitu;8 walu;9 ciwa;10 tini;20 ruasagavulu;30 tolusagavulu;"
          "40 vasagavulu;50 limasagavulu;60 onosagavulu;70 vitusagavulu;80 walusagavulu;90 ciwasagavulu;100 drau;"
          "1000 udolu",
    "mg": "1 iray|iraika|isa;2 roa;3 telo;4 efatra;5 dimy;6 enina;7 fito;8 valo;9 sivy;10 folo;20 roapolo;"
          "30 telopolo;40 efapolo;50 dimampolo;60 enimpolo;70 fitopolo;80 valopolo;90 sivifolo;100 zato;1000 arivo",
    "hmn": "1 ib;2 ob;3 peb;4 plaub;5 tsib;6 rau;7 xya;8 yim;9 cuaj;10 kaum;20 nees nkaum;30 peb caug;"
           "40 plaub caug;50 tsib caug;60 rau caum;70 xya caum;80 yim caum;90 cuaj caum;100 puas;1000 txhiab",
    # Basque, Galician
    "eu": "1 bat;2 bi;3 hiru;4 lau;5 bost|bortz;6 sei;7 zazpi;8 zortzi;9 bederatzi;10 hamar;11 hamaika;12 hamabi;"
          "13 hamahiru;14 hamalau;15 hamabost;16 hamasei;17 hamazazpi;18 hemezortzi;19 hemeretzi;20 hogei;"
          "30 hogeita hamar;40 berrogei;50 berrogeita hamar;60 hirurogei;70 hirurogeita hamar;80 laurogei;"
          "90 laurogeita hamar;100 ehun;1000 mila",
    "gl": "1 un|unha;2 dous|dúas;3 tres;4 catro;5 cinco;6 seis;7 sete;8 oito;9 nove;10 dez;11 once;12 doce;13 trece;"
          "14 catorce;15 quince;16 dezaseis;17 dezasete;18 dezaoito;19 dezanove;20 vinte;30 trinta;40 corenta;"
          "50 cincuenta;60 sesenta;70 setenta;80 oitenta;90 noventa;100 cen|cento;1000 mil",
    # African languages (Bantu numbers take noun-class prefixes: found inside the word)
    "so": "1 kow|hal;2 laba;3 saddex;4 afar;5 shan;6 lix;7 toddoba|todobo|toddobo;8 siddeed;9 sagaal;10 toban;"
          "20 labaatan;30 soddon;40 afartan;50 konton;60 lixdan;70 toddobaatan;80 siddeetan;90 sagaashan;100 boqol;"
          "1000 kun",
    "om": "1 tokko;2 lama;3 sadii|sadi;4 afur;5 shan;6 jaha|ja'a;7 torba;8 saddeet;9 sagal;10 kudhan|kurnan;"
          "20 digdama;30 soddoma;40 afurtama;50 shantama;60 jaatama|jahaatama;70 torbaatama;80 saddeettama;"
          "90 sagaltama;100 dhibba;1000 kuma",
    "ig": "1 otu;2 abụọ|abuo;3 atọ|ato;4 anọ|ano;5 ise;6 isii;7 asaa;8 asatọ|asato;9 itoolu|iteghete;10 iri;"
          "20 iri abụọ|iri abuo|ọgụ;30 iri atọ|iri ato;40 iri anọ|iri ano;50 iri ise;60 iri isii;70 iri asaa;"
          "80 iri asatọ|iri asato;90 iri itoolu|iri iteghete;100 narị|nari;1000 puku",
    "ha": "1 ɗaya|daya;2 biyu;3 uku;4 huɗu|hudu;5 biyar;6 shida;7 bakwai;8 takwas;9 tara;10 goma;20 ashirin;"
          "30 talatin;40 arba'in|arbaʼin|arbain;50 hamsin;60 sittin|sattin;70 saba'in|sabaʼin|sabain;80 tamanin;"
          "90 casa'in|casaʼin|tis'in;100 ɗari|dari;1000 dubu",
    "wo": "1 benn;2 ñaar;3 ñett|ñatt;4 ñeent;5 juróom|juroom;6 juróom benn|juroom benn;7 juróom ñaar|juroom ñaar;"
          "8 juróom ñett|juroom ñett;9 juróom ñeent|juroom ñeent;10 fukk;20 ñaar fukk;30 fanweer|ñett fukk;"
          "40 ñeent fukk;50 juróom fukk|juroom fukk;100 téeméer|teemeer|temeer;1000 junni",
    "rw": "1 rimwe|-mwe;2 kabiri|biri;3 gatatu|tatu;4 kane;5 gatanu|tanu;6 gatandatu|tandatu;7 karindwi|rindwi;"
          "8 umunani|nani;9 icyenda;10 icumi;20 makumyabiri;30 mirongo itatu;40 mirongo ine;50 mirongo itanu;"
          "60 mirongo itandatu;70 mirongo irindwi;80 mirongo inani;90 mirongo icyenda;100 ijana;1000 igihumbi",
    "ny": "1 modzi;2 wiri;3 tatu;4 nayi|anai|inai;5 sanu;6 sanu ndi modzi;7 sanu ndi wiri;8 sanu ndi tatu;"
          "9 sanu ndi nayi|sanu ndi anai;10 khumi;20 makumi awiri;30 makumi atatu;40 makumi anayi|makumi anai;"
          "50 makumi asanu;100 zana;1000 chikwi|sauzande",
    "sn": "1 motsi|potsi|imwe;2 viri|piri;3 tatu;4 china|ina;5 shanu;6 tanhatu;7 nomwe;8 sere;9 pfumbamwe;10 gumi;"
          "20 makumi maviri;30 makumi matatu;100 zana;1000 churu|chiuru",
    "bem": "1 cimo|umo|limo;2 bili;3 tatu;4 ine|yane|fine;5 sano;6 mutanda;7 cine lubali|cinelubali;"
           "8 cine konse konse|cinekonsekonse;9 pabula;10 ikumi;20 makumi yabili|amakumi yabili;100 mwanda;"
           "1000 ikana|amakana",
    "tn": "1 nngwe|ngwe;2 pedi|bedi;3 raro|tharo;4 nne|bone;5 tlhano;6 rataro|thataro;7 supa|šupa;8 robedi|bopedi;"
          "9 robongwe;10 lesome|some;20 masome a mabedi;100 lekgolo|kgolo;1000 sekete",
    "nso": "1 tee|tenngwe;2 pedi|bedi;3 raro|tharo;4 nne|bone;5 hlano;6 tshela;7 šupa|supa;8 seswai;9 senyane;"
           "10 lesome|some;20 masome a mabedi;100 lekgolo|kgolo;1000 sekete",
    "xh": "1 nye|kunye|lodwa|yodwa;2 bini;3 thathu|ntathu;4 ine|zine|mane|nne;5 hlanu|ntlanu;6 thandathu;7 sixhenxe|xhenxe;"
          "8 sibhozo|bhozo;9 lithoba|thoba;10 shumi;20 shumi amabini;30 shumi amathathu;100 khulu;1000 waka",
    "zu": "1 nye|kunye|lodwa|yodwa;2 bili|mbili;3 thathu|ntathu;4 ine|zine|mane|nne;5 hlanu|nhlanu;6 thupha;7 khombisa;"
          "8 shiyagalombili;9 shiyagalolunye;10 shumi;20 shumi amabili;30 shumi amathathu;100 khulu;1000 nkulungwane",
    "ss": "1 nye|kunye|lodwa|yodwa;2 bili|mbili;3 tsatfu|ntsatfu;4 ine|mane|nne;5 hlanu;6 tfupha;7 khombisa;8 siphohlongo;"
          "9 tfoba;10 shumi;20 shumi lamabili;100 khulu;1000 khulungwane",
    "nd": "1 nye|kunye|lodwa|yodwa;2 bili|mbili;3 thathu;4 ine|mane|nne;5 hlanu;6 thupha;7 khombisa;8 ficaminwembili;"
          "9 ficamunwemunye;10 tshumi;20 tshumi amabili;100 khulu;1000 kulungwane",
    # Yoruba without its tone marks and dots (text is compared so: _UNMARKED): the counting forms
    # after a noun (ọdún mẹ́ta), not the bare ẹ̀ta, ẹ̀jọ (also "snake", "court case"), and the
    # ordinals, kẹ- for mẹ- (ìkẹrìnlá, 14th), but kejì ("other") and kẹta (of oṣù kẹta, March);
    # 15–19 and 25–29 … count down from the next ten or twenty (mẹ́rìndínlógún, 16, is 20 less
    # 4), 21–24 up; the hundreds are words of their own (ẹgbẹ̀rin, 800). One is mọ́kàn, as
    # compounds hold it (mọ́kàndínlógóje, 139), and kìíní, first (ọjọ́ kìn-ín-ní, the 1st); not
    # ọ̀kan, which unmarked is also ọkàn, "heart". Kept though they have other meanings once
    # unmarked: ogún (20; ogun, "war") and igba (200; ìgbà, "time"): NTREX's Yoruba writes "igba máìlì"
    "yo": "1 mokan|kiini|kinni|kin in ni;2 meji|meeji;3 meta;4 merin|kerin;5 marun|karun;6 mefa|kefa;"
          "7 meje|keje;8 mejo|kejo;9 mesan|kesan;10 mewaa|mewa|kewaa|kewa;11 mokanla|kokanla;12 mejila|kejila;"
          "13 metala|ketala;14 merinla|kerinla;15 medogun|marundinlogun|kedogun;16 merindinlogun|kerindinlogun;"
          "17 metadinlogun|ketadinlogun;18 mejidinlogun|kejidinlogun;19 mokandinlogun|kokandinlogun;20 ogun;"
          "25 meedogbon|medogbon|marundinlogbon;30 ogbon;40 ogoji;50 aadota;60 ogota;70 aadorin;80 ogorin;"
          "90 aadorun;100 ogorun|ogoorun;200 igba;300 oodunrun;400 irinwo;500 eedegbeta;600 egbeta;"
          "700 eedegberin;800 egberin;900 eedegberun;1000 egberun",
    "ve": "1 thihi;2 vhili;3 raru|tharu;4 nna|ina;5 ṱanu|ṱhanu|tanu;6 rathi;7 sumbe;8 malo;9 ṱahe|tahe;10 fumi;"
          "20 fumbili|mahumi mavhili;30 fumiraru|mahumi mararu;100 ḓana|dana;1000 gidi",
}
# 11–19 where they are phrases: the ten word and the unit's word (Turkic "on bir", Bantu "shumi
# nanye", Polynesian "tekau mā tahi")
_TEENS_FROM = {"uz": "oʻn", "tk": "on", "tt": "ун", "ba": "ун", "ug": "ئون", "mn": "арван", "ti": "ዓሰርተ",
               "mi": "tekau", "sm": "sefulu", "to": "hongofulu", "ty": "ahuru", "fj": "tini", "mg": "folo",
               "hmn": "kaum", "so": "toban", "om": "kudha", "ig": "iri", "ha": "goma", "wo": "fukk", "rw": "cumi",
               "ny": "khumi", "sn": "gumi", "bem": "ikumi", "tn": "some", "nso": "some", "xh": "shumi",
               "zu": "shumi", "ss": "shumi", "nd": "tshumi", "ve": "fumi", "dv": "ދިހަ"}

# round tens where they are phrases of a word for "tens" and the unit (Setswana masome a mararo)
_TENS_FROM = {"tn": "some", "nso": "some", "xh": "shumi", "zu": "shumi", "ss": "shumi", "nd": "tshumi",
              "bem": "kumi", "ny": "makumi", "sn": "makumi"}

# round tens as the unit and the word for ten, without a plural of it (Māori ono tekau, Tahitian ono
# ahuru, Igbo iri isii, Wolof juróom benn fukk: sixty); not the languages of _TEENS_FROM whose
# tens are words of their own (Uzbek oltmish) or join the unit into one (Samoan onogafulu)
_TENS_TIMES = {"mi": "tekau", "ty": "ahuru", "ig": "iri", "wo": "fukk"}

_TSHEG = re.compile("[\u0f0b\u0f0c\u0f0d\u0f0e]")
_TIBETAN = re.compile("[\u0f00-\u0fff]")
# quotes split words, but not the apostrophes inside one (Uzbek to‘rt, o‘n)
_SPLIT = re.compile("(?:[\\s\"“”„‟«»‹›()\\[\\]{}<>.,;:!?¿¡—–\\-‐‑‚…·،؛؟。、，？！：；「」『』《》〈〉*/\\\\|#@&+=~_^`]"
                    "|(?<!\\w)[‘’ʻʼ']|[‘’ʻʼ'](?!\\w))+")


def _stem(word: str) -> str:
    """The word without its final marks (ഇരുപത് → ഇരുപത, so ഇരുപതുകാരനായ holds it), unless
    fewer than three letters would be left (ఆరు stays ఆరు: a stem ఆర is too short to be found)."""
    stem = word
    while stem and unicodedata.category(stem[-1]).startswith("M"):
        stem = stem[:-1]
    return stem if len(stem) >= 3 or stem == word else word


@functools.lru_cache(maxsize=None)
def _table(language: str) -> dict[int, tuple[tuple[str, ...], ...]]:
    raw = _RAW.get(language)
    if raw is None:
        return {}
    table: dict[int, list[tuple[str, ...]]] = {}
    for entry in raw.split(";"):
        value, _, forms = entry.partition(" ")
        table[int(value)] = [tuple(_stem(w.strip("-")) for w in unicodedata.normalize("NFC", form.lower()).split())
                             for form in forms.split("|")]
    ten = _TEENS_FROM.get(language)
    if ten:
        for unit in range(1, 10):
            if 10 + unit not in table and unit in table:
                table[10 + unit] = [(_stem(ten),) + form for form in table[unit]]
    return {value: tuple(forms) for value, forms in table.items()}


# languages whose texts are compared with the table without their combining marks (tones, dots)
_UNMARKED = frozenset({"yo"})


@functools.lru_cache(maxsize=4096)
def unmarked(text: str) -> str:
    """``text`` without its combining marks (tones, dots below: ẹgbẹ̀rún → egberun), in NFC."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_combining_marks()))


# the blocks that hold the combining marks of the scripts from Latin to Ethiopic (Greek, Cyrillic,
# Hebrew, Arabic, the Indic scripts, Thai, Lao, Tibetan, Myanmar …) and the combining diacritics'
# supplements: the languages whose words are compared unmarked write in Latin script
_MARK_BLOCKS = ((0x300, 0x1400), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100), (0xFE20, 0xFE30))


@functools.cache
def _combining_marks() -> dict[int, None]:
    """A ``str.translate`` table that deletes the characters of ``_MARK_BLOCKS`` with a combining
    class (built once: 5,000 code points asked, not the whole of Unicode)."""
    return dict.fromkeys((code for start, end in _MARK_BLOCKS for code in range(start, end)
                          if unicodedata.combining(chr(code))), None)


_SAME_WORDS = {"bo": "dz"}  # Tibetan writes its numbers as Dzongkha does


@functools.lru_cache(maxsize=4096)
def _forms(key: str, value: int) -> tuple[tuple[str, ...], ...]:
    """The table's forms of ``value``, or forms composed of its parts: 21–99 as the ten (itself a
    phrase in some languages) and the unit (അറുപത്തിയഞ്ചാം holds അറുപത and അഞ്ച), hundreds and thousands as the multiplier and the word
    for 100 or 1000 (چار سو), 100,000 as 100 and 1000 where there is no word for it; each part
    found anywhere in the text."""
    table = _table(key)
    if value in table:
        return table[value]

    def times(head: int, unit: int) -> tuple[tuple[str, ...], ...]:
        return tuple(a + b for a in table.get(head, ()) for b in table.get(unit, ()))

    if value < 100 and value % 10 == 0 and key in _TENS_FROM:
        return tuple((_TENS_FROM[key],) + form for form in table.get(value // 10, ()))
    if value < 100 and value % 10 == 0 and key in _TENS_TIMES:  # the unit and the word for ten (ono ahuru, 60)
        return tuple((_TENS_TIMES[key],) + form for form in table.get(value // 10, ()))
    if 20 < value < 100 and value % 10:  # the ten as the table or the phrase above has it (amashumi asibhozo)
        return tuple(a + b for a in _forms(key, value // 10 * 10) for b in table.get(value % 10, ()))
    if value < 1000 and value % 100 == 0:
        return times(value // 100, 100)
    if value < 100000 and value % 1000 == 0 and value // 1000 in table:
        return times(value // 1000, 1000)
    if value == 100000:
        return times(100, 1000)
    return ()


def _language(language: str) -> str:
    base = primary_language(language)
    base = _SAME_WORDS.get(base, base)
    return base if base in _RAW else ""


def compared_unmarked(language: str) -> bool:
    """True when ``language``'s hand-written words are found in a text without its marks."""
    return _language(language) in _UNMARKED


def has_words(language: str) -> bool:
    """True when ``language`` has hand-written number words here."""
    return bool(_language(language))


def covers(language: str, value: Decimal) -> bool:
    """True when the hand-written words of ``language`` include ``value``."""
    key = _language(language)
    return bool(key) and value == value.to_integral_value() and 0 < value and bool(_forms(key, int(value)))


def _fits(token: str, word: str) -> bool:
    return token == word or (len(word) >= 3 and token.startswith(word)) or (len(word) >= 4 and word in token)


@functools.lru_cache(maxsize=8192)
def _tokens(text: str, tibetan: bool) -> tuple[str, ...]:
    text = unicodedata.normalize("NFC", text.lower())
    if tibetan:
        return (_TSHEG.sub("", text),)
    return tuple(t for t in _SPLIT.split(text) if t)


def _found(text: str, value: Decimal, language: str) -> list[str]:
    """Each place ``text`` writes ``value`` with the hand-written table's words (phrases once)."""
    key = _language(language)
    if not key or value != value.to_integral_value():
        return []
    if value <= 0:
        return []
    forms = _forms(key, int(value))
    if not forms:
        return []
    tibetan = key == "dz" and _TIBETAN.search(text) is not None
    if key in _UNMARKED:
        text = unmarked(text)
    tokens = _tokens(text, tibetan)
    found: list[str] = []
    one_word: set[int] = set()
    if 20 < value < 100 and value % 10 and int(value) not in _table(key) and not tibetan:
        # one word of the ten and a unit changed by the join (നാൽപ്പത്തൊന്ന്: നാൽപ്പത് + ഒന്ന്)
        heads = [form[0] for form in _table(key).get(int(value) // 10 * 10, ()) if len(form) == 1]
        found += [t for t in tokens for head in heads if len(head) >= 3 and t.startswith(head) and len(t) >= len(head) + 3]
    for form in forms:
        if tibetan:
            found += [" ".join(form)] * min(tokens[0].count(word) for word in form)
        elif len(form) == 1:  # a token once, whichever forms it fits (দুটি, দুটো: both দুট once stemmed)
            hits = [i for i, t in enumerate(tokens) if i not in one_word and _fits(t, form[0])]
            one_word.update(hits)
            found += [tokens[i] for i in hits]
        else:
            words = _distinct_tokens(tokens, form)
            if words:
                found.append(" ".join(words))
    return found


def _distinct_tokens(tokens: tuple[str, ...], form: tuple[str, ...],
                     taken: frozenset[int] = frozenset()) -> list[str] | None:
    """A token of ``tokens`` for each word of ``form`` (``_fits``), each a token of its own: the two
    of eighty-two are not both in ayisishiyagalombili (shiyagalombili, 8, holds bili, 2); else None."""
    if not form:
        return []
    for index, token in enumerate(tokens):
        if index not in taken and _fits(token, form[0]):
            rest = _distinct_tokens(tokens, form[1:], taken | {index})
            if rest is not None:
                return [token] + rest
    return None


def written_words(text: str, value: Decimal, language: str) -> list[str]:
    """Every word (or phrase) of the hand-written table that ``text`` writes ``value`` with."""
    return _found(text, value, language)


def words_of(text: str) -> tuple[str, ...]:
    """The words of ``text`` as the hand-written tables are matched against them (NFC, lower case,
    split at spaces and punctuation)."""
    return _tokens(text, False)


def is_written_form(found: str, value: Decimal, language: str) -> bool:
    """True when ``found`` (from ``written_words``) is a form of the table for ``value`` as it
    stands, not a longer word that holds one (matahiti, "year", holds tahi, "one")."""
    key = _language(language)
    words = words_of(found)
    return bool(key) and value == value.to_integral_value() and any(
        tuple(w.casefold() for w in words) == form for form in _forms(key, int(value)))


def written_word(text: str, value: Decimal, language: str) -> str | None:
    """The word (or phrase) of the hand-written table that ``text`` writes ``value`` with, else None."""
    found = _found(text, value, language)
    return found[0] if found else None


# The word for thousand that a year written in words holds, in the languages whose catalogs were
# seen writing numbers as words (NTREX's Ewe and Yoruba): "ƒe akpe eve woetɔ" (2013), "ọdún
# ẹgbẹ̀rún méjì" (2000s); compared without tone marks. Not derived from ICU's tables: English,
# German, Dutch read years by hundreds ("nineteen thirty-nine"), and ICU's first word for 1000 is
# often "one" (một nghìn, одна тысяча).
_THOUSAND_IN_YEARS = {"ee": ("akpe",), "yo": ("ẹgbẹ̀rún",)}


def thousand_in_years(language: str) -> tuple[str, ...]:
    """The words for thousand a year written in words holds in ``language``; () when unknown."""
    return _THOUSAND_IN_YEARS.get(primary_language(language), ())


# The words for a quarter and a half past the hour, which CLDR does not have: after the hour
# and its counter in Han script (5時半, 两点半, "half past five", "half past two"); before the
# hour in the Indo-Aryan languages, whose fractional numerals say "one and a quarter", "and a half"
# (সোয়া ১০টায়, 10:15; साढ़े पाँच, 5:30).
_HOUR_FRACTIONS_AFTER = {"ja": {30: ("時半", "时半")}, "zh": {30: ("点半", "點半")}, "yue": {30: ("點半", "点半")}}
_HOUR_FRACTIONS_BEFORE = {"bn": {15: ("সোয়া",), 30: ("সাড়ে",)}, "hi": {15: ("सवा",), 30: ("साढ़े",)},
                          "ur": {15: ("سوا",), 30: ("ساڑھے",)}, "pa": {15: ("ਸਵਾ",), 30: ("ਸਾਢੇ",)},
                          "mr": {15: ("सव्वा",), 30: ("साडे",)}, "gu": {15: ("સવા",), 30: ("સાડા",)},
                          "ne": {15: ("सवा",), 30: ("साढे",)}}


@functools.lru_cache(maxsize=256)
def hour_fractions(language: str, minutes: Decimal) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words after the hour, words before it) that write ``minutes`` past the hour in ``language``
    as a quarter or a half, NFC-normalized; ((), ()) when there are none."""
    base = primary_language(language)
    value = int(minutes) if minutes == minutes.to_integral_value() else -1
    return tuple(unicodedata.normalize("NFC", w) for w in _HOUR_FRACTIONS_AFTER.get(base, {}).get(value, ())), \
        tuple(unicodedata.normalize("NFC", w) for w in _HOUR_FRACTIONS_BEFORE.get(base, {}).get(value, ()))


def written_count(text: str, value: Decimal, language: str) -> int:
    """How many times ``text`` writes ``value`` with the hand-written table's words."""
    return len(_found(text, value, language))


__all__ = ["compared_unmarked", "covers", "has_words", "hour_fractions", "is_written_form", "thousand_in_years",
           "unmarked", "words_of", "written_count", "written_word", "written_words"]
