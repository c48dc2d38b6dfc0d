// The outlet's appeals in the other languages the clean stage reads furniture in (German, French,
// Spanish, Italian, Portuguese, Polish, Dutch; see furniture-languages.ts), by the same families as
// the English ones: subscribe or register, support, donate or become a member, get the app or turn
// on notifications, follow or share, write to the newsroom, was this useful, spotted an error, stay
// informed or refresh the page, comment. Each starts with the imperative or the reader-facing
// question, which a news sentence in that language does not open with. `\b` does not follow a
// non-ASCII letter, so each ends on a lookahead for a letter instead.

const END = String.raw`(?!\p{L}).{0,160}$`;

/** One language's appeals, as alternatives opening a sentence. */
const opening = (alternatives: readonly string[]): RegExp => new RegExp(String.raw`^[¿¡]?(?:${alternatives.join('|')})${END}`, 'iu');

export const OTHER_LANGUAGE_APPEALS: readonly RegExp[] = [
  // German (Sie and du).
  opening([
    String.raw`(?:jetzt )?(?:abonnieren sie|abonniere|abonnieren|registrieren sie sich|melde dich|melden sie sich)`,
    String.raw`(?:unterstützen sie|unterstütze) (?:uns|unseren|unsere|unabhängigen|den|die)`,
    String.raw`(?:werden sie|werde) (?:jetzt )?(?:mitglied|abonnent(?:in)?|unterstützer(?:in)?|förderer)`,
    String.raw`jetzt spenden|spenden sie`,
    String.raw`(?:laden sie (?:sich )?|lade dir |holen sie sich |hol dir )(?:unsere|die) .{0,30}app`,
    String.raw`aktivieren sie (?:die |unsere )?(?:push-)?benachrichtigungen`,
    String.raw`(?:folgen sie|folge) uns`,
    String.raw`(?:teilen sie|teile) (?:diesen|den) (?:artikel|beitrag)`,
    String.raw`(?:schreiben sie|schreib) (?:uns|der redaktion)|(?:kontaktieren sie|kontaktiere) (?:uns|die redaktion|unsere redaktion)|hinweise an (?:die|unsere) redaktion`,
    String.raw`(?:haben sie|hast du) (?:hinweise|informationen|fotos|videos)\b[^?]{0,80}\?`,
    String.raw`(?:war|ist) (?:dieser (?:artikel|beitrag)|das|dieser text) (?:hilfreich|nützlich)|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen`,
    String.raw`(?:haben sie|hast du) einen fehler (?:entdeckt|gefunden)|fehler (?:entdeckt|gefunden)\?`,
    String.raw`diese seite wird (?:laufend |fortlaufend |ständig |regelmäßig )?aktualisiert|bleiben sie auf dem laufenden|(?:bleiben sie|bleib) informiert|aktualisieren sie (?:diese|die) seite`,
    String.raw`(?:erhalten sie|erhalte|holen sie sich) (?:unsere|die wichtigsten|alle) (?:nachrichten|news|eilmeldungen|push)`,
    String.raw`was meinen sie|diskutieren sie mit|kommentieren sie`,
  ]),
  // French.
  opening([
    String.raw`abonnez-vous|abonne-toi|inscrivez-vous|inscris-toi`,
    String.raw`soutenez(?:-nous| notre| le journalisme| l['’]information| une)|faites un don|(?:devenez|deviens) (?:membre|abonné|donateur|soutien)|rejoignez-nous`,
    String.raw`téléchargez (?:notre |l['’])(?:application|appli|app)|activez les (?:notifications|alertes)`,
    String.raw`suivez-nous|partagez (?:cet |l['’])article|suivez (?:notre|nos|le|en) (?:direct|live|couverture)`,
    String.raw`écrivez-nous|contactez(?:-nous| la rédaction| notre rédaction)|signalez une (?:erreur|faute)`,
    String.raw`partagez (?:votre|vos) (?:témoignage|photos?|vidéos?|histoire)`,
    String.raw`(?:écrivez|signalez|envoyez|contactez)(?:-la|-le|-les|-nous)?\b.{0,40}\s(?:à la|à notre) rédaction`,
    String.raw`(?:avez-vous|vous avez) (?:des informations|des photos|une information|un témoignage)\b[^?]{0,80}\?`,
    String.raw`vous avez (?:repéré|remarqué|vu|constaté|trouvé) une (?:erreur|faute)`,
    String.raw`cet article vous a(?:-t-il)? (?:été utile|plu)`,
    String.raw`restez informée?s?|(?:rafraîchissez|actualisez) (?:cette|la) page|cette page est (?:régulièrement )?(?:mise à jour|actualisée)`,
    String.raw`réagissez|donnez votre avis`,
    String.raw`recevez (?:nos|notre|gratuitement|toute)`,
  ]),
  // Spanish.
  opening([
    String.raw`suscr[ií]bete|suscr[ií]base|reg[ií]strate|reg[ií]strese`,
    String.raw`ap[óo]yanos|apoya (?:a )?(?:nuestro|nuestra|el periodismo)|haz (?:una donación|un donativo)|dona (?:ahora|hoy)|colabora con nosotros|hazte (?:socio|socia|miembro|suscriptor)`,
    String.raw`descarga (?:nuestra|la) (?:app|aplicaci[óo]n)|activa las (?:notificaciones|alertas)`,
    String.raw`s[ií]guenos|s[ií]ganos|comparte (?:esta|este) (?:noticia|art[ií]culo)|sigue (?:nuestro|el|en) directo`,
    String.raw`escr[ií]benos|cont[áa]ctanos|contacta con (?:la|nuestra) redacci[óo]n|escribe a (?:la|nuestra) redacci[óo]n`,
    String.raw`(?:tienes|tiene usted|tiene) (?:informaci[óo]n|fotos|v[ií]deos)\b[^?]{0,80}\?`,
    String.raw`te (?:ha resultado|result[óo]|fue|ha sido) [úu]til|(?:le )?ha sido [úu]til (?:esta|este)`,
    String.raw`(?:has|ha) (?:visto|encontrado|detectado) (?:un|alg[úu]n) error|viste un error`,
    String.raw`mantente informado|actualiza (?:esta|la) p[áa]gina|esta p[áa]gina se actualiza`,
    String.raw`deja tu comentario|danos tu opini[óo]n`,
    String.raw`recibe (?:las|nuestras|nuestro|gratis|en tu)`,
  ]),
  // Italian.
  opening([
    String.raw`abbonati (?:ora|subito|a|al|alla)|iscriviti`,
    String.raw`sostienici|sostieni (?:il|la|l['’])|fai una donazione|dona ora|diventa (?:socio|socia|membro|abbonato|abbonata|sostenitore)`,
    String.raw`scarica (?:la nostra |l['’])app|attiva le (?:notifiche|allerte)`,
    String.raw`seguici|condividi (?:questo |l['’])articolo|segui (?:la (?:nostra )?diretta|il (?:nostro )?live)`,
    String.raw`scrivici|contattaci|contatta (?:la|la nostra) redazione`,
    String.raw`hai (?:informazioni|foto|video|una segnalazione)\b[^?]{0,80}\?`,
    String.raw`questo articolo ti (?:è|e['’]) (?:stato utile|piaciuto)|ti (?:è|e['’]) piaciuto questo articolo`,
    String.raw`hai (?:trovato|notato|visto) un errore|segnala un errore`,
    String.raw`resta aggiornato|aggiorna (?:questa|la) pagina|questa pagina (?:è|viene) aggiornata`,
    String.raw`lascia un commento|di['’] la tua`,
    String.raw`non perderti|ricevi (?:le|la nostra|gratis)`,
  ]),
  // Portuguese.
  opening([
    String.raw`assine(?: (?:a |o )?(?:nossa|nosso|já|agora))?|inscreva-se|cadastre-se`,
    String.raw`apoie (?:o |a )?(?:nosso|nossa|jornalismo)|faça uma doação|doe (?:agora|hoje)|(?:torne-se|seja) (?:membro|assinante|apoiador)`,
    String.raw`baixe (?:o )?(?:nosso )?(?:app|aplicativo)|ative as notificações`,
    String.raw`siga-nos|(?:compartilhe|partilhe) (?:esta|este)|acompanhe (?:a (?:nossa )?cobertura|ao vivo|o (?:nosso )?(?:direto|ao vivo))`,
    String.raw`escreva para nós|fale com a redação|entre em contato com (?:a redação|a gente|nossa redação)|contacte-nos`,
    String.raw`(?:tem|você tem) (?:informações|fotos|vídeos)\b[^?]{0,80}\?`,
    String.raw`(?:este|esta) (?:artigo|texto|conteúdo|notícia) foi útil`,
    String.raw`(?:encontrou|viu) (?:um|algum) erro`,
    String.raw`fique (?:por dentro|atento|informado)|atualize (?:esta|a) página|esta página (?:é|está sendo) atualizada`,
    String.raw`receba (?:as|nossas|nosso|gratuitamente|no seu)|não perca`,
  ]),
  // Polish.
  opening([
    String.raw`zasubskrybuj|subskrybuj|zapisz się|zarejestruj się`,
    String.raw`(?:wesprzyj|wspieraj) (?:nas|nasze|naszą|niezależne)|wpłać|przekaż darowiznę|zostań (?:patronem|członkiem|subskrybentem|prenumeratorem)`,
    String.raw`pobierz (?:naszą )?aplikację|włącz powiadomienia`,
    String.raw`obserwuj nas|udostępnij (?:ten|nasz) (?:artykuł|tekst)|(?:obserwuj|śledź) (?:naszą )?relację`,
    String.raw`napisz do nas|skontaktuj się z (?:redakcją|nami)`,
    String.raw`(?:masz|macie) (?:informacje|zdjęcia|nagranie|wideo)\b[^?]{0,80}\?`,
    String.raw`czy (?:ten )?(?:artykuł|tekst) (?:był|jest) (?:pomocny|przydatny)`,
    String.raw`(?:zauważyłeś|zauważyłaś|znalazłeś|znalazłaś|widzisz) błąd`,
    String.raw`bądź na bieżąco|odśwież (?:tę )?stronę|ta strona jest (?:na bieżąco )?aktualizowana`,
    String.raw`czytaj nas|otrzymuj (?:najważniejsze|nasze|wiadomości)|nie przegap`,
  ]),
  // Dutch.
  opening([
    String.raw`abonneer (?:je|u|nu)|schrijf (?:je|u) in|meld (?:je|u) aan`,
    String.raw`steun (?:ons|onze|de onafhankelijke|onafhankelijke)|doneer|word (?:nu |ook )?(?:lid|abonnee|donateur)`,
    String.raw`download (?:onze|de) app|zet (?:de )?(?:push)?meldingen aan`,
    String.raw`volg ons|deel dit artikel|volg (?:het|ons|onze) live(?:blog)?`,
    String.raw`mail ons|schrijf ons|neem contact op met (?:de|onze) redactie|tip de redactie`,
    String.raw`(?:heb je|heeft u) (?:een tip|informatie|foto['’]s|beelden)\b[^?]{0,80}\?`,
    String.raw`was dit artikel (?:nuttig|behulpzaam)|vond (?:je|u) dit artikel`,
    String.raw`(?:een )?fout gezien|zag (?:je|u) een fout`,
    String.raw`blijf op de hoogte|ververs (?:deze|de) pagina|deze pagina wordt (?:voortdurend |continu )?bijgewerkt`,
    String.raw`mis niets|ontvang (?:het|ons|onze|de)`,
  ]),
];
