# key: (en, ro, ru, cs)
S = {
"app_name": ("Intervo Technician","Intervo Tehnician","Intervo Техник","Intervo Technik"),
"default_server": ("https://","https://","https://","https://"),
"sign_in_title": ("Sign in to your company's workspace","Conectați-vă la spațiul firmei","Вход в рабочее пространство компании","Přihlášení do pracovního prostoru firmy"),
"server_url": ("Server address","Adresa serverului","Адрес сервера","Adresa serveru"),
"workspace": ("Workspace","Spațiu de lucru","Рабочее пространство","Pracovní prostor"),
"username": ("User","Utilizator","Пользователь","Uživatel"),
"password": ("Password","Parolă","Пароль","Heslo"),
"sign_in": ("Sign in","Conectare","Войти","Přihlásit"),
"sign_in_no_server": ("The server cannot be reached. Check the address and the network.","Serverul nu poate fi contactat. Verificați adresa și rețeaua.","Сервер недоступен. Проверьте адрес и сеть.","Server není dostupný. Zkontrolujte adresu a síť."),
"required": ("Required","Obligatoriu","Обязательно","Povinné"),
"my_tickets": ("My tickets","Lucrările mele","Мои заявки","Moje zakázky"),
"today": ("Today","Azi","Сегодня","Dnes"),
"upcoming": ("Upcoming","Următoarele","Предстоящие","Nadcházející"),
"postponed": ("Postponed","Amânate","Отложенные","Odložené"),
"done_recently": ("Finished","Finalizate","Завершённые","Dokončené"),
"no_tickets": ("No tickets for you right now.","Nu aveți lucrări acum.","Сейчас у вас нет заявок.","Momentálně nemáte žádné zakázky."),
"on_duty": ("On duty (location shared with the dispatcher)","În tură (locația e vizibilă dispecerului)","На смене (местоположение видно диспетчеру)","Ve službě (poloha je vidět dispečerovi)"),
"sync_now": ("Sync","Sincronizare","Синхронизировать","Synchronizovat"),
"sign_out": ("Sign out","Deconectare","Выйти","Odhlásit"),
"offline_banner": ("Offline — you can keep working","Fără conexiune — puteți lucra în continuare","Нет сети — можно продолжать работу","Offline — můžete pracovat dál"),
"location_permission_needed": ("Allow location to go on duty","Permiteți accesul la locație pentru a intra în tură","Разрешите доступ к местоположению, чтобы начать смену","Povolte polohu, abyste mohli nastoupit do služby"),
"stage_new": ("New","Nouă","Новая","Nová"),
"stage_assigned": ("Assigned","Alocată","Назначена","Přidělená"),
"stage_accepted": ("Accepted","Preluată","Принята","Přijatá"),
"stage_en_route": ("On the way","Pe drum","В пути","Na cestě"),
"stage_on_site": ("On site","La client","На месте","Na místě"),
"stage_postponed": ("Postponed","Amânată","Отложена","Odložená"),
"stage_done": ("Finished","Finalizată","Выполнена","Dokončená"),
"stage_cancelled": ("Cancelled","Anulată","Отменена","Zrušená"),
"priority_low": ("Low","Scăzută","Низкий","Nízká"),
"priority_normal": ("Normal","Normală","Обычный","Normální"),
"priority_high": ("High","Ridicată","Высокий","Vysoká"),
"priority_urgent": ("Urgent","Urgentă","Срочно","Naléhavá"),
"accept": ("Accept","Preiau","Принять","Přijmout"),
"decline": ("Decline","Refuz","Отклонить","Odmítnout"),
"postpone": ("Postpone","Amân","Отложить","Odložit"),
"back_to_work": ("Back to work","Reiau lucrul","Вернуться к работе","Zpět do práce"),
"en_route": ("On my way","Plec spre client","Выехал","Jedu"),
"arrived": ("Arrived","Am ajuns","Прибыл","Jsem na místě"),
"start_work": ("Start work timer","Pornesc cronometrul","Запустить таймер","Spustit stopky"),
"stop_work": ("Stop work timer","Opresc cronometrul","Остановить таймер","Zastavit stopky"),
"add_finding": ("Add finding","Adaug constatare","Добавить замечание","Přidat zjištění"),
"add_part": ("Add part used","Adaug piesă folosită","Добавить деталь","Přidat použitý díl"),
"remove_part": ("Remove part","Șterg piesa","Удалить деталь","Odebrat díl"),
"checklist": ("Checklist","Listă de verificare","Чек-лист","Kontrolní seznam"),
"take_photo": ("Take photo","Fac o fotografie","Сделать фото","Vyfotit"),
"signature": ("Customer's signature","Semnătura clientului","Подпись клиента","Podpis zákazníka"),
"finish": ("Finish","Finalizez","Завершить","Dokončit"),
"navigate": ("Navigate","Navigare","Маршрут","Navigovat"),
"call_customer": ("Call","Sun","Позвонить","Volat"),
"checklist_progress": ("Checklist %1$d / %2$d","Listă de verificare %1$d / %2$d","Чек-лист %1$d / %2$d","Kontrolní seznam %1$d / %2$d"),
"photos_count": ("Photos: %d","Fotografii: %d","Фото: %d","Fotografie: %d"),
"signed_by": ("Signed by %s","Semnat de %s","Подписал(а): %s","Podepsal(a): %s"),
"mandatory_missing": ("Answer the mandatory points first: %s","Răspundeți mai întâi la punctele obligatorii: %s","Сначала ответьте на обязательные пункты: %s","Nejprve vyplňte povinné body: %s"),
"not_in_this_stage": ("Not possible in the ticket's current stage","Nu se poate în etapa actuală a lucrării","Невозможно на текущем этапе заявки","V aktuální fázi zakázky to nelze"),
"reason_hint": ("Reason","Motivul","Причина","Důvod"),
"reason_required": ("Please give a reason","Vă rugăm să indicați motivul","Укажите причину","Uveďte prosím důvod"),
"no_fix_title": ("No GPS fix","Fără semnal GPS","Нет сигнала GPS","Bez signálu GPS"),
"no_fix_hint": ("Why (e.g. basement)","De ce (de ex. subsol)","Почему (например, подвал)","Proč (např. sklep)"),
"finding_hint": ("What you found","Ce ați constatat","Что обнаружено","Co jste zjistili"),
"is_defect": ("It is a defect","Este un defect","Это неисправность","Je to závada"),
"part_search_hint": ("Search code or name","Căutați cod sau denumire","Поиск по коду или названию","Hledat kód nebo název"),
"quantity": ("Quantity","Cantitate","Количество","Množství"),
"pick_a_part": ("Pick a part from the list","Alegeți o piesă din listă","Выберите деталь из списка","Vyberte díl ze seznamu"),
"quantity_positive": ("The quantity must be greater than zero","Cantitatea trebuie să fie mai mare decât zero","Количество должно быть больше нуля","Množství musí být větší než nula"),
"camera_unavailable": ("No camera app on this phone","Nu există aplicație de cameră pe acest telefon","На телефоне нет приложения камеры","V telefonu není aplikace fotoaparátu"),
"work_done_hint": ("Work done","Lucrări efectuate","Выполненные работы","Provedená práce"),
"labour_minutes_hint": ("Minutes worked (empty: the timer's)","Minute lucrate (gol: cronometrul)","Минуты работы (пусто: по таймеру)","Odpracované minuty (prázdné: dle stopek)"),
"labour_invalid": ("Minutes from 0 to 100000","Minute între 0 și 100000","Минуты от 0 до 100000","Minuty od 0 do 100000"),
"finish_unsigned": ("The customer has not signed.","Clientul nu a semnat.","Клиент не подписал.","Zákazník nepodepsal."),
"no_map_app": ("No map app on this phone","Nu există aplicație de hărți pe acest telefon","На телефоне нет картографического приложения","V telefonu není aplikace map"),
"ticket_gone": ("This ticket is no longer yours (reassigned or cancelled).","Această lucrare nu mai este a dumneavoastră (realocată sau anulată).","Эта заявка больше не ваша (переназначена или отменена).","Tato zakázka už není vaše (přidělena jinému nebo zrušena)."),
"outbox_title": ("Waiting to be sent","În așteptare pentru trimitere","Ожидает отправки","Čeká na odeslání"),
"waiting_to_send": ("Waiting to be sent","Se va trimite","Будет отправлено","Bude odesláno"),
"conflict": ("Conflict","Conflict","Конфликт","Konflikt"),
"refused": ("Refused by the server","Refuzat de server","Отклонено сервером","Odmítnuto serverem"),
"nothing_waiting": ("Everything is on the server.","Totul este pe server.","Всё отправлено на сервер.","Vše je na serveru."),
"retry": ("Send again","Retrimite","Отправить снова","Odeslat znovu"),
"discard": ("Discard","Renunț","Отменить","Zahodit"),
"checklist_complete": ("All mandatory points answered","Toate punctele obligatorii sunt completate","Все обязательные пункты заполнены","Všechny povinné body vyplněny"),
"ok": ("OK","OK","ОК","OK"),
"problem": ("Problem","Problemă","Проблема","Problém"),
"defect_typed": ("Other defect (type it)","Alt defect (scrieți)","Другая неисправность (введите)","Jiná závada (napište)"),
"defect_hint": ("Defect","Defect","Неисправность","Závada"),
"note_hint": ("Note","Notă","Примечание","Poznámka"),
"defect_required": ("Choose or type the defect, or write a note","Alegeți sau scrieți defectul, ori adăugați o notă","Выберите или введите неисправность либо напишите примечание","Vyberte nebo napište závadu, případně poznámku"),
"mandatory_open": ("Mandatory — not answered","Obligatoriu — necompletat","Обязательно — нет ответа","Povinné — nevyplněno"),
"open_point": ("Not answered","Necompletat","Нет ответа","Nevyplněno"),
"signature_empty": ("The customer has not signed yet","Clientul nu a semnat încă","Клиент ещё не подписал","Zákazník ještě nepodepsal"),
"signer_name": ("Signer's name","Numele semnatarului","Имя подписавшего","Jméno podepisujícího"),
"signature_hint": ("The customer signs in the white area","Clientul semnează în zona albă","Клиент расписывается в белом поле","Zákazník se podepíše do bílé plochy"),
"clear": ("Clear","Șterg","Очистить","Smazat"),
"save": ("Save","Salvez","Сохранить","Uložit"),
"storage_full": ("The phone's storage is full","Memoria telefonului este plină","Память телефона заполнена","Úložiště telefonu je plné"),
"channel_duty": ("On duty","În tură","Смена","Služba"),
"channel_tickets": ("Tickets","Lucrări","Заявки","Zakázky"),
"duty_notification_title": ("On duty","În tură","На смене","Ve službě"),
"duty_notification_text": ("Location sent every %d s to the dispatcher","Locația se trimite dispecerului la fiecare %d s","Местоположение отправляется диспетчеру каждые %d с","Poloha se odesílá dispečerovi každých %d s"),
"event_assigned": ("A new ticket was assigned to you","V-a fost alocată o lucrare nouă","Вам назначена новая заявка","Byla vám přidělena nová zakázka"),
"event_unassigned": ("A ticket was taken away from you","O lucrare v-a fost retrasă","У вас забрали заявку","Zakázka vám byla odebrána"),
"event_cancelled": ("A ticket of yours was cancelled","O lucrare a dumneavoastră a fost anulată","Ваша заявка отменена","Vaše zakázka byla zrušena"),
}
# plurals: key -> per language dict of quantity -> text
P = {
"offline_waiting": (
  {"one":"Offline — %d change waits to be sent","other":"Offline — %d changes wait to be sent"},
  {"one":"Fără conexiune — %d modificare așteaptă","few":"Fără conexiune — %d modificări așteaptă","other":"Fără conexiune — %d de modificări așteaptă"},
  {"one":"Нет сети — %d изменение ждёт отправки","few":"Нет сети — %d изменения ждут отправки","many":"Нет сети — %d изменений ждут отправки","other":"Нет сети — %d изменения ждут отправки"},
  {"one":"Offline — %d změna čeká na odeslání","few":"Offline — %d změny čekají na odeslání","many":"Offline — %d změny čeká na odeslání","other":"Offline — %d změn čeká na odeslání"}),
"waiting_banner": (
  {"one":"%d change is being sent…","other":"%d changes are being sent…"},
  {"one":"Se trimite %d modificare…","few":"Se trimit %d modificări…","other":"Se trimit %d de modificări…"},
  {"one":"Отправляется %d изменение…","few":"Отправляются %d изменения…","many":"Отправляются %d изменений…","other":"Отправляются %d изменения…"},
  {"one":"Odesílá se %d změna…","few":"Odesílají se %d změny…","many":"Odesílá se %d změny…","other":"Odesílá se %d změn…"}),
"attention_banner": (
  {"one":"%d change needs your attention — tap","other":"%d changes need your attention — tap"},
  {"one":"%d modificare necesită atenția dvs. — atingeți","few":"%d modificări necesită atenția dvs. — atingeți","other":"%d de modificări necesită atenția dvs. — atingeți"},
  {"one":"%d изменение требует внимания — нажмите","few":"%d изменения требуют внимания — нажмите","many":"%d изменений требуют внимания — нажмите","other":"%d изменения требуют внимания — нажмите"},
  {"one":"%d změna vyžaduje pozornost — klepněte","few":"%d změny vyžadují pozornost — klepněte","many":"%d změny vyžaduje pozornost — klepněte","other":"%d změn vyžaduje pozornost — klepněte"}),
"mandatory_left": (
  {"one":"%d mandatory point left","other":"%d mandatory points left"},
  {"one":"A mai rămas %d punct obligatoriu","few":"Au mai rămas %d puncte obligatorii","other":"Au mai rămas %d de puncte obligatorii"},
  {"one":"Остался %d обязательный пункт","few":"Осталось %d обязательных пункта","many":"Осталось %d обязательных пунктов","other":"Осталось %d обязательного пункта"},
  {"one":"Zbývá %d povinný bod","few":"Zbývají %d povinné body","many":"Zbývá %d povinného bodu","other":"Zbývá %d povinných bodů"}),
}
import os, html
def esc(t):
    return html.escape(t, quote=False).replace("'", "\\'").replace('"','\\"')
dirs = ["values","values-ro","values-ru","values-cs"]
for i,d in enumerate(dirs):
    out = ['<?xml version="1.0" encoding="utf-8"?>','<!-- generated from android/app/i18n/strings.py: edit there -->','<resources>']
    for k,v in S.items():
        extra = ' translatable="false"' if k == "default_server" and i == 0 else ''
        if k == "default_server" and i > 0: continue
        fmt = ' formatted="true"' if '%' in v[i] and '$' not in v[i] and v[i].count('%')>1 else ''
        out.append(f'    <string name="{k}"{extra}>{esc(v[i])}</string>')
    for k,v in P.items():
        out.append(f'    <plurals name="{k}">')
        for q,t in v[i].items():
            out.append(f'        <item quantity="{q}">{esc(t)}</item>')
        out.append('    </plurals>')
    out.append('</resources>')
    os.makedirs(f"src/main/res/{d}", exist_ok=True)
    open(f"src/main/res/{d}/strings.xml","w").write("\n".join(out)+"\n")
print(len(S), len(P))
