<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="uk">
    <context>
        <name>App</name>
        <message>
            <location filename="../../socdesk/ui/app.py" line="100" />
            <source>ключ відновлення</source>
            <translation>recovery key</translation>
        </message>
    </context>
    <context>
        <name>AuditBrowser</name>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="39" />
            <source>створення запису</source>
            <translation>record created</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="40" />
            <source>зміна запису</source>
            <translation>record changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="41" />
            <source>перегляд картки</source>
            <translation>card opened</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="42" />
            <source>експорт</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="43" />
            <source>імпорт</source>
            <translation>import</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="44" />
            <source>друк</source>
            <translation>print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="45" />
            <source>додано користувача</source>
            <translation>user added</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="46" />
            <source>змінено пароль</source>
            <translation>password changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="47" />
            <source>вимкнено користувача</source>
            <translation>user disabled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="48" />
            <source>увімкнено користувача</source>
            <translation>user enabled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="49" />
            <source>змінено роль</source>
            <translation>role changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="52" />
            <source>картка особи</source>
            <translation>person's card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="53" />
            <source>домогосподарство</source>
            <translation>household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="54" />
            <source>член домогосподарства</source>
            <translation>household member</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="55" />
            <source>згода</source>
            <translation>consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="56" />
            <source>користувач</source>
            <translation>user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="57" />
            <source>громада</source>
            <translation>community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="58" />
            <source>старостинський округ</source>
            <translation>starosta district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="59" />
            <source>населений пункт</source>
            <translation>settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="60" />
            <source>робоче місце</source>
            <translation>workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="61" />
            <source>працівник</source>
            <translation>worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="64" />
            <source>Коли</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="65" />
            <source>Хто</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="66" />
            <source>Дія</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="67" />
            <source>Що</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="68" />
            <source>Запис</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="69" />
            <source>Подробиці</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="141" />
            <source>Журнал дій</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="143" />
            <source>ключ відновлення</source>
            <translation>recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="146" />
            <source>Усі користувачі</source>
            <translation>All users</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="150" />
            <source>Усі дії</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="169" />
            <source>Перевірити цілісність журналу</source>
            <translation>Verify the log's integrity</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="174" />
            <source>з</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="176" />
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="213" />
            <source>Журнал цілісний: записи не змінено.</source>
            <translation>The log is intact: no entry was changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="217" />
            <source>Журнал пошкоджено або змінено поза SocDesk: повідомте керівника.</source>
            <translation>The log is damaged or was changed outside SocDesk: tell your head of department.</translation>
        </message>
    </context>
    <context>
        <name>CaseTabs</name>
        <message>
            <location filename="../../socdesk/ui/case/tabs.py" line="26" />
            <source>безоплатно</source>
            <translation>free of charge</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/tabs.py" line="27" />
            <source>з диференційованою платою</source>
            <translation>with a differentiated payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/tabs.py" line="28" />
            <source>платно</source>
            <translation>paid</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="55" />
            <source>ПІБ члена сім'ї</source>
            <translation>Family member's full name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="56" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="57" />
            <source>Працездатний</source>
            <translation>Able to work</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="58" />
            <source>Вид доходу</source>
            <translation>Income type</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="63" />
            <source>Додати рядок</source>
            <translation>Add line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="65" />
            <location filename="../../socdesk/ui/case/log.py" line="200" />
            <source>Вилучити рядок</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="67" />
            <source>&amp;Зберегти декларацію</source>
            <translation>&amp;Save the declaration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="72" />
            <source>тариф на місяць, грн</source>
            <translation>monthly tariff, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="73" />
            <source>Розрахувати плату</source>
            <translation>Calculate the payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="83" />
            <source>Тариф:</source>
            <translation>Tariff:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="87" />
            <source>Доходи за шість місяців перед місяцем звернення; суми в гривнях. Дохід кількох видів — окремими рядками з тим самим ПІБ.</source>
            <translation>Incomes over the six months before the month of the appeal, in hryvnias. Several income types: separate lines with the same name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="135" />
            <source>Декларацію ще не заповнено (не потрібна, якщо послуга безоплатна для всіх).</source>
            <translation>The declaration is not filled in yet (not needed if the service is free for everyone).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="185" />
            <source>Тариф</source>
            <translation>Tariff</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="193" />
            <source>Категорія: %1</source>
            <translation>Category: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="196" />
            <source>До сплати на місяць: %1</source>
            <translation>Payable per month: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="66" />
            <source>Перегляд індивідуального плану</source>
            <translation>Individual plan review</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="68" />
            <source>Індивідуальний план</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="81" />
            <source>Одна мета в рядку</source>
            <translation>One goal per line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="85" />
            <source>Для кого</source>
            <translation>For whom</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="81" />
            <location filename="../../socdesk/ui/case/plan.py" line="86" />
            <source>Код послуги</source>
            <translation>Service code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="87" />
            <source>Захід</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="88" />
            <source>Періодичність</source>
            <translation>How often</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="82" />
            <location filename="../../socdesk/ui/case/plan.py" line="89" />
            <source>Обсяг на місяць</source>
            <translation>Volume per month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="90" />
            <source>Відповідальний</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="99" />
            <source>Додати захід</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="101" />
            <source>Вилучити захід</source>
            <translation>Remove measure</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="114" />
            <source>Дата складання:</source>
            <translation>Drawn up on:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="115" />
            <source>Дата перегляду:</source>
            <translation>Review date:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="116" />
            <source>Ступінь індивідуальної потреби:</source>
            <translation>Degree of individual need:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="117" />
            <location filename="../../socdesk/ui/case/plan.py" line="198" />
            <source>Мета:</source>
            <translation>Goals:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="118" />
            <location filename="../../socdesk/ui/case/plan.py" line="200" />
            <source>Заходи:</source>
            <translation>Measures:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="124" />
            <source>Участь отримувача:</source>
            <translation>Recipient's participation:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="191" />
            <source>Редакція %1 від %2; перегляд %3</source>
            <translation>Revision %1 of %2; review %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="197" />
            <source>Ступінь потреби: %1</source>
            <translation>Degree of need: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="207" />
            <source>Участь отримувача: %1</source>
            <translation>Recipient's participation: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="226" />
            <location filename="../../socdesk/ui/case/plan.py" line="257" />
            <source>Скласти план…</source>
            <translation>Draw up the plan…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="229" />
            <source>Друкувати цю редакцію…</source>
            <translation>Print this revision…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="234" />
            <source>Редакція:</source>
            <translation>Revision:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="257" />
            <source>Переглянути план…</source>
            <translation>Review the plan…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="265" />
            <source>Плану ще немає.</source>
            <translation>No plan yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="270" />
            <source>Зміни щодо редакції %1:</source>
            <translation>Changes from revision %1:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="273" />
            <source>план залишився незмінним</source>
            <translation>the plan stayed unchanged</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="67" />
            <source>Договір про надання соціальних послуг</source>
            <translation>Contract for social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="71" />
            <source>Безстроково</source>
            <translation>Open-ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="83" />
            <source>Розклад</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="84" />
            <source>Вартість на місяць, грн</source>
            <translation>Cost per month, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="93" />
            <source>Додати послугу</source>
            <translation>Add service</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="96" />
            <source>Дата підписання:</source>
            <translation>Signed on:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="100" />
            <source>Діє до:</source>
            <translation>Valid until:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="101" />
            <source>Де надаються послуги:</source>
            <translation>Where services are provided:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="103" />
            <source>Законний представник (якщо підписує він):</source>
            <translation>Legal representative (if they sign):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="105" />
            <source>Діє на підставі:</source>
            <translation>Acting under:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="106" />
            <location filename="../../socdesk/ui/case/contract.py" line="169" />
            <source>Послуги:</source>
            <translation>Services:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="154" />
            <source>безстроково</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="157" />
            <source>Договір № %1 від %2, діє до %3</source>
            <translation>Contract No. %1 of %2, valid until %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="161" />
            <source>Де надаються: %1</source>
            <translation>Provided: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="165" />
            <source>Представник: %1 (%2)</source>
            <translation>Representative: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="176" />
            <source>Оплата: %1, до сплати на місяць %2</source>
            <translation>Payment: %1, payable per month %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="181" />
            <source>Розрахунок (додаток до договору):</source>
            <translation>Calculation (annex to the contract):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="185" />
            <source>Припинено %1</source>
            <translation>Terminated on %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="202" />
            <location filename="../../socdesk/ui/case/contract.py" line="218" />
            <source>Укласти договір…</source>
            <translation>Sign the contract…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="213" />
            <source>Договору ще немає.</source>
            <translation>No contract yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="216" />
            <source>Укласти новий договір…</source>
            <translation>Sign a new contract…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="52" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="53" />
            <source>Послуга</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="54" />
            <location filename="../../socdesk/ui/case/log.py" line="168" />
            <source>Кількість</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="55" />
            <source>Працівник</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="56" />
            <source>Примітка</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="107" />
            <source>&amp;Додати</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="110" />
            <source>Вилучити помилковий рядок</source>
            <translation>Remove a mistaken line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="125" />
            <source>кількість:</source>
            <translation>amount:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="131" />
            <source>Акт наданих послуг за місяць:</source>
            <translation>Act of services delivered for the month:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="163" />
            <source>за цей місяць послуг не записано</source>
            <translation>no services logged for this month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="201" />
            <source>Вилучити запис %1 від %2?</source>
            <translation>Remove the line %1 of %2?</translation>
        </message>
    </context>
    <context>
        <name>CaseWindow</name>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="70" />
            <source>відсутність потреби за результатами оцінювання</source>
            <translation>no need found by the assessment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="71" />
            <source>надавач не надає потрібних послуг</source>
            <translation>the provider does not provide the services needed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="72" />
            <source>медичні протипоказання</source>
            <translation>medical contraindications</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="75" />
            <source>відсутність потреби</source>
            <translation>no need any more</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="76" />
            <source>закінчення строку договору</source>
            <translation>the contract expired</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="77" />
            <source>зміна місця проживання</source>
            <translation>moved away</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="78" />
            <source>смерть отримувача</source>
            <translation>death of the recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="79" />
            <source>письмова відмова отримувача</source>
            <translation>written refusal by the recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="80" />
            <source>порушення умов договору</source>
            <translation>breach of the contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="81" />
            <source>влаштування до інтернатного закладу</source>
            <translation>placed in a residential institution</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="82" />
            <source>рішення суду</source>
            <translation>court decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="83" />
            <source>ліквідація надавача</source>
            <translation>the provider was liquidated</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="86" />
            <source>лікування в стаціонарі</source>
            <translation>in-patient treatment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="87" />
            <source>тимчасова відсутність</source>
            <translation>temporary absence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="88" />
            <source>на прохання отримувача</source>
            <translation>at the recipient's request</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="91" />
            <source>заяву відкликано</source>
            <translation>the application was withdrawn</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="92" />
            <source>особа померла</source>
            <translation>the person died</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="93" />
            <source>рішення вручено</source>
            <translation>the decision was handed over</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="94" />
            <source>акт складено, інших потреб немає</source>
            <translation>the act is drawn up, no other needs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="135" />
            <source>Крок: %1</source>
            <translation>Step: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="140" />
            <source>Потреби отримувача змінилися (перегляд раніше строку)</source>
            <translation>The recipient's needs changed (review before its date)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="144" />
            <source>Дата:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="148" />
            <source>Підстава відмови (ст. 24):</source>
            <translation>Ground for refusal (Art. 24):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="150" />
            <source>Підстава припинення (ст. 24):</source>
            <translation>Ground for termination (Art. 24):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="152" />
            <source>Причина призупинення:</source>
            <translation>Reason for suspension:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="155" />
            <source>Чому закривається:</source>
            <translation>Why it closes:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="166" />
            <source>Примітка:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="196" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="197" />
            <source>Було</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="198" />
            <source>Стало</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="199" />
            <source>Підстава</source>
            <translation>Ground</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="225" />
            <source>Що далі:</source>
            <translation>What comes next:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="228" />
            <source>Рішення вручено або надіслано…</source>
            <translation>Decision handed over or sent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="253" />
            <source>усе потрібне є</source>
            <translation>everything needed is there</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="261" />
            <source>Справу закрито.</source>
            <translation>The case is closed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="284" />
            <source>Акт</source>
            <translation>Act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="284" />
            <source>Стан</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="291" />
            <source>не заповнено</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="293" />
            <source>завершено %1</source>
            <translation>completed %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="296" />
            <source> (виправлення)</source>
            <translation> (correction)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="297" />
            <source>чернетка</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="325" />
            <source>&amp;Відкрити акт</source>
            <translation>&amp;Open the act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="401" />
            <source>— не призначено —</source>
            <translation>— not assigned —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="415" />
            <source>&amp;Хід справи</source>
            <translation>&amp;Path</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="416" />
            <source>&amp;Акти</source>
            <translation>&amp;Acts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="417" />
            <source>&amp;Доходи і плата</source>
            <translation>&amp;Income and payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="418" />
            <source>&amp;План</source>
            <translation>P&amp;lan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="419" />
            <source>Д&amp;оговір</source>
            <translation>&amp;Contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="420" />
            <source>Пос&amp;луги</source>
            <translation>&amp;Services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="425" />
            <source>Д&amp;рук</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="431" />
            <source>Відповідальний:</source>
            <translation>Responsible:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="467" />
            <source> · екстрено (кризово)</source>
            <translation> · urgent (crisis)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="469" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · стан: &lt;b&gt;%3&lt;/b&gt; · надійшло %4%5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · state: &lt;b&gt;%3&lt;/b&gt; · received %4%5</translation>
        </message>
    </context>
    <context>
        <name>CasesPanel</name>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="43" />
            <source>заява</source>
            <translation>application</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="44" />
            <source>електронна заява</source>
            <translation>e-application</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="45" />
            <source>звернення</source>
            <translation>request</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="46" />
            <source>повідомлення про особу в СЖО</source>
            <translation>notice of a person in complex life circumstances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="49" />
            <source>Номер</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="50" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="51" />
            <source>Надійшло</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="52" />
            <source>Як</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="87" />
            <source>Нове звернення</source>
            <translation>New appeal</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="94" />
            <source>Якщо звернулася не сама особа: хто (законний представник, …)</source>
            <translation>If not the person: who applied (legal representative, …)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="96" />
            <source>В інтересах особи</source>
            <translation>On the person's behalf</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="98" />
            <source>Справа сім'ї: послуги плануються для членів домогосподарства</source>
            <translation>A family case: services are planned for the household members</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="102" />
            <source>Екстрено (кризово): загроза життю чи здоров'ю</source>
            <translation>Urgent (crisis): a threat to life or health</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="106" />
            <source>— не призначено —</source>
            <translation>— not assigned —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="120" />
            <source>Як надійшло:</source>
            <translation>How it came:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="121" />
            <source>Дата надходження:</source>
            <translation>Date received:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="122" />
            <source>Хто звернувся:</source>
            <translation>Who applied:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="126" />
            <source>Відповідальний працівник:</source>
            <translation>Responsible worker:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="127" />
            <source>Послуги, яких просять:</source>
            <translation>Services asked for:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="152" />
            <source>Дату надходження введіть як ДД.ММ.РРРР.</source>
            <translation>Enter the date received as DD.MM.YYYY.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="156" />
            <source>Дата надходження не може бути в майбутньому.</source>
            <translation>The date received cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="195" />
            <source>Нове звернення…</source>
            <translation>New appeal…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="197" />
            <source>&amp;Відкрити справу</source>
            <translation>&amp;Open the case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="232" />
            <source>Звернення можна зареєструвати після збереження картки.</source>
            <translation>Appeals can be registered once the card is saved.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="256" />
            <source>Зареєстровано справу № %1.</source>
            <translation>Case no. %1 registered.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="46" />
            <source>Домогосподарство</source>
            <translation>Household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="47" />
            <source>Членство в домогосподарстві</source>
            <translation>Household membership</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="48" />
            <source>Згода на обробку даних</source>
            <translation>Consent to data processing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="49" />
            <source>Справа</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="50" />
            <source>Крок справи</source>
            <translation>Case step</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="51" />
            <source>Форма</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="52" />
            <source>Декларація про доходи</source>
            <translation>Income declaration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="53" />
            <source>Рішення</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="54" />
            <source>Договір</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="55" />
            <source>Індивідуальний план</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="56" />
            <source>Надана послуга</source>
            <translation>Service provided</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="57" />
            <source>Надрукований документ</source>
            <translation>Printed document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="58" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="59" />
            <source>Робоче місце</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="60" />
            <location filename="../../socdesk/ui/admin/conflicts.py" line="72" />
            <source>Працівник</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="64" />
            <source>Назва</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="65" />
            <source>Адреса</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="66" />
            <source>Мета й обсяг</source>
            <translation>Purpose and scope</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="67" />
            <source>Дата згоди</source>
            <translation>Date of consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="68" />
            <source>Дата відкликання</source>
            <translation>Date withdrawn</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="69" />
            <source>Роль</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="70" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="71" />
            <source>Номер</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="73" />
            <source>Примітка</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="95" />
            <source>Запис</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="96" />
            <source>Поле</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="97" />
            <source>Поточне значення</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="98" />
            <source>Інше значення</source>
            <translation>Other value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="117" />
            <source>Особа (запис не знайдено)</source>
            <translation>Person (record not found)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="156" />
            <source>невідомо хто</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="174" />
            <source>Такої дати немає. Введіть її як ДД.ММ.РРРР.</source>
            <translation>There is no such date. Type it as DD.MM.YYYY.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="187" />
            <source>Ввести правильне значення</source>
            <translation>Type the right value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="192" />
            <source>Запис:</source>
            <translation>Record:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="217" />
            <source>SocDesk — конфлікти синхронізації</source>
            <translation>SocDesk — sync conflicts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="219" />
            <source>Ці поля змінили на двох робочих місцях, не знаючи одне про одне. У записі зараз поточне значення; інше збережено лише тут. Виберіть правильне або введіть своє: рішення отримають усі робочі місця.</source>
            <translation>These fields were changed at two workplaces, neither knowing of the other. The record now holds the current value; the other one is kept only here. Choose the right one or type your own: every workplace will receive the decision.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="234" />
            <source>Конфліктів немає.</source>
            <translation>There are no conflicts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="236" />
            <source>Залишити поточне</source>
            <translation>Keep the current value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="237" />
            <source>Взяти інше</source>
            <translation>Take the other value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="238" />
            <source>Ввести значення…</source>
            <translation>Type a value…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="247" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="256" />
            <source>Розв’язувати конфлікти може лише координатор; тут їх можна переглянути.</source>
            <translation>Only a coordinator may settle conflicts; here you can look at them.</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="35" />
            <source>оцінити потреби</source>
            <translation>assess the needs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="36" />
            <source>подати акт оцінки</source>
            <translation>file the assessment act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="37" />
            <source>ухвалити рішення</source>
            <translation>decide</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="38" />
            <source>рішення екстрено (кризово)</source>
            <translation>urgent (crisis) decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="39" />
            <source>вручити рішення</source>
            <translation>hand over the decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="40" />
            <source>рішення (воєнний стан)</source>
            <translation>decision (martial law)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="41" />
            <source>переглянути план, повторно оцінити</source>
            <translation>review the plan, re-assess</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="42" />
            <source>договір закінчується</source>
            <translation>the contract expires</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="45" />
            <source>ПРОСТРОЧЕНО</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="46" />
            <source>сьогодні</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="47" />
            <source>цього тижня</source>
            <translation>this week</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="48" />
            <source>пізніше</source>
            <translation>later</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="61" />
            <source>Строк</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="62" />
            <source>Стан строку</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="63" />
            <source>Що зробити</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="64" />
            <source>Справа</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="65" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="66" />
            <source>Округ</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="67" />
            <source>Відповідальний</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="117" />
            <source>Строки за справами</source>
            <translation>Case deadlines</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="123" />
            <source>усі округи робочого місця</source>
            <translation>all the workplace's districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="128" />
            <source>усі працівники</source>
            <translation>all workers</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="131" />
            <source>показати й пізніші</source>
            <translation>show later ones too</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="150" />
            <source>Округ:</source>
            <translation>District:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="152" />
            <source>Працівник:</source>
            <translation>Worker:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="155" />
            <source>Клацніть рядок або натисніть Enter, щоб відкрити справу.</source>
            <translation>Click a row or press Enter to open the case.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="181" />
            <source>Рахую строки…</source>
            <translation>Working out the deadlines…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="205" />
            <source>Прострочено: %1 · на сьогодні: %2 · цього тижня: %3</source>
            <translation>Overdue: %1 · due today: %2 · this week: %3</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="39" />
            <source>SocDesk — можливий дублікат</source>
            <translation>SocDesk — possible duplicate</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="49" />
            <source>Чому це інша особа (наприклад: тезка, інша дата в документі)</source>
            <translation>Why this is another person (e.g. same name, another date in the document)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="51" />
            <source>Відкрити наявну картку</source>
            <translation>Open the existing card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="52" />
            <source>Це інша особа — зберегти</source>
            <translation>This is another person — save</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="65" />
            <source>Введено</source>
            <translation>Typed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="65" />
            <source>У реєстрі</source>
            <translation>In the register</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/duplicates.py" line="76" />
            <source>Схожі записи вже є в реєстрі:</source>
            <translation>Similar records are already in the register:</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../socdesk/ui/app.py" line="35" />
            <source>SocDesk — внутрішня помилка</source>
            <translation>SocDesk — internal error</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/app.py" line="37" />
            <source>Сталася внутрішня помилка. Збережені дані в безпеці; незбережену картку SocDesk відновить із чернетки. Можна працювати далі.</source>
            <translation>An internal error occurred. Saved data is safe; SocDesk restores an unsaved card from its draft. You can carry on working.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/app.py" line="44" />
            <source>Повідомте координатора: що ви робили, і передайте звіт (кнопка «Копіювати звіт») або файл журналу з папки %1.</source>
            <translation>Tell your coordinator what you were doing and pass on the report (the “Copy report” button) or the log file from the folder %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/app.py" line="52" />
            <source>Копіювати звіт</source>
            <translation>Copy report</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="57" />
            <source>Громада</source>
            <translation>Community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="59" />
            <source>Знайдіть свою територіальну громаду за назвою або кодом КАТОТТГ. Якщо її немає в кодифікаторі, введіть назву вручну.</source>
            <translation>Find your territorial community by name or KATOTTH code. If it is not in the codifier, type its name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="67" />
            <source>Назва громади або код UA…</source>
            <translation>Community name or UA code…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="70" />
            <source>Моєї громади немає в кодифікаторі</source>
            <translation>My community is not in the codifier</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="73" />
            <source>Ізюмська міська територіальна громада</source>
            <translation>Izium city territorial community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="84" />
            <source>Пошук:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="87" />
            <source>Назва для документів:</source>
            <translation>Name on documents:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="106" />
            <source>%1 територіальна громада</source>
            <translation>%1 territorial community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="137" />
            <source>Старостинські округи</source>
            <translation>Starosta districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="139" />
            <source>Додайте округи, які обслуговує це робоче місце, і позначте населені пункти кожного округу.</source>
            <translation>Add the districts this workplace serves and tick the settlements of each district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="147" />
            <source>Назва округу, напр. Бабенківський</source>
            <translation>District name, e.g. Babenkivskyi</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="148" />
            <source>Додати округ</source>
            <translation>Add district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="149" />
            <source>Вилучити округ</source>
            <translation>Remove district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="156" />
            <source>Населений пункт, якого немає в списку</source>
            <translation>A settlement missing from the list</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="157" />
            <source>Додати населений пункт</source>
            <translation>Add settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="296" />
            <source>Додайте хоча б один старостинський округ.</source>
            <translation>Add at least one starosta district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="298" />
            <source>Позначте населені пункти округу «%1».</source>
            <translation>Tick the settlements of the district “%1”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="300" />
            <source>Позначте, до якого округу належить населений пункт «%1».</source>
            <translation>Tick the district the settlement «%1» belongs to.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="326" />
            <source>Надавач послуг</source>
            <translation>Service provider</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="328" />
            <source>Ці дані друкуються в шапці договорів, планів і актів; їх можна змінити згодом.</source>
            <translation>These details are printed in the header of contracts, plans and acts; you can change them later.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="336" />
            <source>Віддалене робоче місце ФСР, с. Бабенкове</source>
            <translation>Remote workplace, village of Babenkove</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="348" />
            <source>напр. ІЗМ або ІЗМ-2</source>
            <translation>e.g. IZM or IZM-2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="351" />
            <source>Робоче місце:</source>
            <translation>Workplace:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="352" />
            <source>Назва надавача (терцентру, ЦНСП):</source>
            <translation>Provider (territorial centre):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="353" />
            <source>Адреса:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="354" />
            <source>Код ЄДРПОУ:</source>
            <translation>EDRPOU code:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="355" />
            <source>Префікс нумерації справ:</source>
            <translation>Case number prefix:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="378" />
            <source>Код ЄДРПОУ має 8 цифр і правильну контрольну цифру; перевірте його у виписці.</source>
            <translation>An EDRPOU code has 8 digits and a valid check digit; check it against the register extract.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="387" />
            <source>Префікс нумерації справ — великі літери й цифри, до 6 знаків, за потреби з дефісом і номером робочого місця, напр. ІЗМ або ІЗМ-2.</source>
            <translation>A case number prefix is capital letters and digits, up to 6, with a hyphen and a workplace number if needed, e.g. ІЗМ or ІЗМ-2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="404" />
            <source>Перший користувач</source>
            <translation>First user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="406" />
            <source>Перший користувач стає координатором: він додає інших користувачів. Пароль відкриває зашифровані дані; запишіть його в надійному місці.</source>
            <translation>The first user becomes the coordinator and adds the other users. The password opens the encrypted data; keep it somewhere safe.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="424" />
            <source>Прізвище та ім’я:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="425" />
            <source>Ім’я для входу:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="426" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="427" />
            <source>Пароль ще раз:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="430" />
            <source>Створити сховище</source>
            <translation>Create store</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="437" />
            <source>Вкажіть прізвище та ім’я користувача.</source>
            <translation>Enter the user's full name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="456" />
            <source>Ім’я для входу — одне слово без пропусків, напр. olena.</source>
            <translation>The login is one word without spaces, e.g. olena.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="459" />
            <source>Пароль має містити щонайменше %1 символів.</source>
            <translation>The password must have at least %1 characters.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="462" />
            <source>Паролі не збігаються; введіть той самий пароль двічі.</source>
            <translation>The passwords differ; type the same password twice.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="472" />
            <source>Ключ відновлення</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="474" />
            <source>Останній крок: збережіть ключ, яким відкривають дані без паролів.</source>
            <translation>Last step: keep the key that opens the data without passwords.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="476" />
            <source>Створюю зашифроване сховище…</source>
            <translation>Creating the encrypted store…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="484" />
            <source>Копіювати</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="485" />
            <source>Зберегти у файл…</source>
            <translation>Save to file…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="486" />
            <source>Друкувати…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="488" />
            <source>Я зберіг(ла) ключ відновлення поза цим комп’ютером</source>
            <translation>I have kept the recovery key away from this computer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="521" />
            <source>Сховище створено. Нижче — ключ відновлення: ним координатор відкриє дані, якщо всі паролі буде забуто. Його показано лише один раз. Збережіть або роздрукуйте його і зберігайте окремо від комп’ютера.</source>
            <translation>The store is created. Below is the recovery key: a coordinator opens the data with it if every password is forgotten. It is shown only once. Save or print it and keep it away from the computer.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="540" />
            <source>Зберегти ключ відновлення</source>
            <translation>Save recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="542" />
            <source>Текстові файли (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="554" />
            <source>SocDesk — ключ відновлення сховища
Громада: %1
Ключ: %2

Зберігайте окремо від комп’ютера. З ним можна відкрити дані, якщо всі паролі буде забуто.
</source>
            <translation>SocDesk — store recovery key
Community: %1
Key: %2

Keep it away from the computer. It opens the data if every password is forgotten.
</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="592" />
            <source>SocDesk — перше налаштування</source>
            <translation>SocDesk — first setup</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="648" />
            <source>Не вдалося створити сховище: %1</source>
            <translation>Could not create the store: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="650" />
            <source>Не вдалося створити сховище через внутрішню помилку. Закрийте вікно і запустіть SocDesk знову; подробиці — у журналі.</source>
            <translation>Could not create the store because of an internal error. Close the window and start SocDesk again; details are in the log.</translation>
        </message>
    </context>
    <context>
        <name>FormEditor</name>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="231" />
            <source>%1: з'явиться, коли буде обрано всі пункти.</source>
            <translation>%1: shown once every item is chosen.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="270" />
            <source>&amp;Завершити акт</source>
            <translation>&amp;Complete the act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="272" />
            <source>&amp;Виправити…</source>
            <translation>Co&amp;rrect…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="274" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="282" />
            <source>Версія форми %1 (чинна з %2). * — обов'язкові поля.</source>
            <translation>Form version %1 (in force from %2). * — required fields.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="310" />
            <source>Акт завершено і не змінюється; виправлення — нова версія.</source>
            <translation>The act is completed and does not change; a correction is a new version.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="313" />
            <source>Чернетку буде збережено, щойно ви почнете.</source>
            <translation>The draft is saved as soon as you start.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="330" />
            <source>Чернетку збережено о %1.</source>
            <translation>Draft saved at %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="363" />
            <source>Виправлення акта</source>
            <translation>Correcting the act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="364" />
            <source>Чому виправляєте завершений акт?</source>
            <translation>Why are you correcting the completed act?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="374" />
            <source>Нова версія акта; попередня збережена.</source>
            <translation>A new version of the act; the previous one is kept.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="52" />
            <source>ПІБ в одному стовпці</source>
            <translation>Full name in one column</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="212" />
            <source>— виберіть округ —</source>
            <translation>— choose a district —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="130" />
            <source>Старостинський округ для нових населених пунктів і осіб, яких не віднести до округу за населеним пунктом:</source>
            <translation>Starosta district for new settlements and for people whose settlement gives no district:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="53" />
            <source>Прізвище</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="54" />
            <source>Ім’я</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="55" />
            <source>По батькові</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="56" />
            <source>Дата народження</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="57" />
            <source>РНОКПП</source>
            <translation>RNOKPP (tax number)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="58" />
            <source>Документ (серія і номер)</source>
            <translation>Document (series and number)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="59" />
            <source>УНЗР</source>
            <translation>UNZR</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="60" />
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="61" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="62" />
            <source>Адреса реєстрації</source>
            <translation>Registered address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="63" />
            <source>Фактична адреса</source>
            <translation>Actual address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="64" />
            <source>Примітка</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="67" />
            <source>Рядок</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="68" />
            <source>Стовпець</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="69" />
            <source>Причина</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="115" />
            <source>Імпорт отримувачів: %1</source>
            <translation>Import recipients: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="116" />
            <source>Стовпці файлу</source>
            <translation>Columns of the file</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="124" />
            <source>Читаю файл…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="144" />
            <source>&amp;Імпортувати</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="146" />
            <source>Зберегти &amp;відхилені…</source>
            <translation>Save &amp;rejected…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="157" />
            <source>Рядки, які не буде імпортовано:</source>
            <translation>Rows that will not be imported:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="186" />
            <source>Рядків у файлі: %1. Можна імпортувати: %2. Відхилено або затримано: %3.</source>
            <translation>Rows in the file: %1. Can be imported: %2. Rejected or held: %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="192" />
            <source>Буде додано населені пункти: %1.</source>
            <translation>Settlements to be added: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="197" />
            <source>&amp;Імпортувати (%1)</source>
            <translation>&amp;Import (%1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="236" />
            <source>Виберіть поле для стовпців з іменем і перевірте ще раз.</source>
            <translation>Choose the field for the name columns and check again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="278" />
            <source>— не імпортувати —</source>
            <translation>— do not import —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="300" />
            <source>Осіб до імпорту: %1. Імпортувати їх? Відхилені та затримані рядки не буде записано.</source>
            <translation>People to import: %1. Import them? Rejected and held rows will not be written.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="322" />
            <source>Зберегти відхилені рядки</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="324" />
            <source>Таблиці CSV (*.csv)</source>
            <translation>CSV tables (*.csv)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="336" />
            <source>Імпорт отримувачів</source>
            <translation>Import recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="338" />
            <source>Таблиці (*.xlsx *.csv);;Усі файли (*)</source>
            <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="76" />
            <source>SocDesk заблоковано</source>
            <translation>SocDesk is locked</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="83" />
            <source>Розблокувати</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="88" />
            <source>Робоче місце заблоковано. Незбережені картки чекають.
Введіть пароль користувача %1.</source>
            <translation>The workplace is locked. Unsaved cards are waiting.
Enter the password of %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="105" />
            <source>Введіть пароль.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="121" />
            <source>Неправильний пароль.</source>
            <translation>Wrong password.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="78" />
            <source>SocDesk — реєстр отримувачів</source>
            <translation>SocDesk — register of recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="91" />
            <source>&amp;Файл</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="92" />
            <source>Ви&amp;йти</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="94" />
            <source>&amp;Реєстр</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="95" />
            <source>&amp;Нова особа</source>
            <translation>&amp;New person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="96" />
            <source>&amp;Пошук</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="98" />
            <source>&amp;Заблокувати</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="100" />
            <source>Змінити &amp;пароль…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="103" />
            <source>&amp;Імпорт отримувачів…</source>
            <translation>&amp;Import recipients…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="106" />
            <source>&amp;Експорт реєстру…</source>
            <translation>&amp;Export register…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="111" />
            <source>&amp;Налаштування…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="115" />
            <source>&amp;Справи</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="117" />
            <source>&amp;Строки за справами…</source>
            <translation>Case &amp;deadlines…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="119" />
            <source>&amp;Обхід за день…</source>
            <translation>Day's &amp;round…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="121" />
            <source>&amp;Навантаження працівників…</source>
            <translation>&amp;Workers' workload…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="125" />
            <source>&amp;Друк</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="128" />
            <source>&amp;Пакетний друк, журнал за період…</source>
            <translation>&amp;Batch printing, register for a period…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="145" />
            <source>&amp;Об’єднати двох осіб…</source>
            <translation>&amp;Merge two records…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="149" />
            <source>&amp;Адміністрування</source>
            <translation>&amp;Administration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="151" />
            <source>&amp;Користувачі…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="154" />
            <source>&amp;Журнал дій…</source>
            <translation>&amp;Audit log…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="158" />
            <source>&amp;Конфлікти синхронізації…</source>
            <translation>Sync &amp;conflicts…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="172" />
            <source>Користувач: %1</source>
            <translation>User: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="176" />
            <source>Округи: %1</source>
            <translation>Districts: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="179" />
            <source>Сховище: перевіряю…</source>
            <translation>Store: checking…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="193" />
            <source>Відкрити конфлікти синхронізації</source>
            <translation>Open the sync conflicts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="223" />
            <source>Конфлікти: %1</source>
            <translation>Conflicts: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="239" />
            <source>Строки за справами (Ctrl+D)</source>
            <translation>Case deadlines (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="255" />
            <source>Друк</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="284" />
            <source>Сховище: зашифроване, справне</source>
            <translation>Store: encrypted, healthy</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="288" />
            <source>Сховище пошкоджене: не вносьте змін, зверніться до координатора</source>
            <translation>The store is damaged: make no changes, contact your coordinator</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="341" />
            <source>Виділіть у реєстрі два записи однієї особи (Ctrl+клацання), потім виберіть «Об’єднати».</source>
            <translation>Select two records of the same person in the register (Ctrl+click), then choose “Merge”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="389" />
            <source>Мову змінено; вона діятиме після перезапуску SocDesk.</source>
            <translation>The language is changed; it takes effect when SocDesk restarts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="407" />
            <location filename="../../socdesk/ui/main_window.py" line="423" />
            <source>Експорт реєстру</source>
            <translation>Export register</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="409" />
            <source>Книга Excel (*.xlsx);;Таблиця CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table (*.csv)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="476" />
            <source>Відкрито ключем відновлення</source>
            <translation>Opened with the recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="477" />
            <source>Сховище відкрито ключем відновлення, з правами координатора. Задайте новий пароль користувачу (кнопка «Задати пароль»), потім закрийте SocDesk і увійдіть із ним.</source>
            <translation>The store is open with the recovery key, with a coordinator's rights. Set a new password for a user (the “Set password” button), then close SocDesk and sign in with it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="494" />
            <source>Знайдено незбережену картку «%1» від %2. Відновити її?</source>
            <translation>An unsaved card “%1” from %2 was found. Restore it?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="497" />
            <source>Незбережена картка</source>
            <translation>Unsaved card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="509" />
            <source>Видалити незбережену картку</source>
            <translation>Delete the unsaved card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="510" />
            <source>Видалити незбережену картку «%1»? Її більше не буде запропоновано, і відновити її буде неможливо.</source>
            <translation>Delete the unsaved card “%1”? It will not be offered again and cannot be restored.</translation>
        </message>
        <message numerus="yes">
            <source>Імпортовано %n особу</source>
            <translation>
                <numerusform>Imported %n person</numerusform>
                <numerusform>Imported %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Експортовано %n особу до файлу %1</source>
            <translation>
                <numerusform>Exported %n person to %1</numerusform>
                <numerusform>Exported %n people to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="47" />
            <source>Об’єднання записів однієї особи</source>
            <translation>Merging records of one person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="54" />
            <source>Запис 1</source>
            <translation>Record 1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="54" />
            <source>Запис 2</source>
            <translation>Record 2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="57" />
            <source>Категорії</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="65" />
            <source>Залишити запис 1</source>
            <translation>Keep record 1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="66" />
            <source>Залишити запис 2</source>
            <translation>Keep record 2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="69" />
            <source>Залишений запис збереже свої дані; його порожні поля буде доповнено з іншого, категорії об’єднано. Інший запис не видаляється: він стане посиланням на залишений, і його історія змін буде видна в картці. Скасувати об’єднання не можна.</source>
            <translation>The kept record keeps its data; its empty fields are filled from the other, and categories are united. The other record is not deleted: it becomes a pointer to the kept one, and its history shows in the card. A merge cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="82" />
            <source>Об’єднати</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>NameForms</name>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="22" />
            <source>Родовий (кого? заява кого?)</source>
            <translation>Genitive (whose application?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="23" />
            <source>Давальний (кому? надати кому?)</source>
            <translation>Dative (granted to whom?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="24" />
            <source>Знахідний (кого? бачу кого?)</source>
            <translation>Accusative (whom?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="25" />
            <source>Орудний (ким? з ким?)</source>
            <translation>Instrumental (with whom?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="50" />
            <source>Так ім'я стоятиме в документах. Сірим — як відмінює правило; якщо воно помиляється (подвійні чи рідкісні прізвища), впишіть правильну форму.</source>
            <translation>This is how the name appears in documents. In grey, as the rule declines it; where it is wrong (double or rare surnames), type the right form.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="58" />
            <source>Зберегти відмінки</source>
            <translation>Save the forms</translation>
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="90" />
            <source>Дату народження введіть як ДД.ММ.РРРР, наприклад 28.02.1948.</source>
            <translation>Enter the date of birth as DD.MM.YYYY, for example 28.02.1948.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="120" />
            <source>Зберегти</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="122" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="124" />
            <source>Ctrl+S — зберегти, Esc — закрити</source>
            <translation>Ctrl+S — save, Esc — close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="134" />
            <source>Нова особа — картка</source>
            <translation>New person — card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="154" />
            <source>&amp;Особові дані</source>
            <translation>&amp;Personal data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="155" />
            <source>&amp;Категорії</source>
            <translation>&amp;Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="156" />
            <source>З&amp;года</source>
            <translation>Co&amp;nsent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="157" />
            <source>&amp;Домогосподарство</source>
            <translation>&amp;Household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="158" />
            <source>&amp;Випадки</source>
            <translation>Ca&amp;ses</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="159" />
            <source>&amp;Історія змін</source>
            <translation>History of &amp;changes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="160" />
            <source>Відмін&amp;ки</source>
            <translation>Name &amp;forms</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="176" />
            <source>Переглянути конфлікти…</source>
            <translation>View the conflicts…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="195" />
            <source>Дані цієї особи змінили на двох робочих місцях, не знаючи одне про одне (%1): координатор має вибрати правильне значення.</source>
            <translation>This person's data were changed at two workplaces, neither knowing of the other (%1): a coordinator must choose the right value.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="280" />
            <source>%1 — картка</source>
            <translation>%1 — card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="342" />
            <source>Не дублікат: %1</source>
            <translation>Not a duplicate: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="377" />
            <source>Зберегти картку попри це?</source>
            <translation>Save the card anyway?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="378" />
            <source>Перевірте дані</source>
            <translation>Check the data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="406" />
            <source>Зберігаю…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="439" />
            <source>Незбережені зміни</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="440" />
            <source>Картку змінено. Закрити без збереження? Чернетку буде видалено.</source>
            <translation>The card has changed. Close without saving? The draft will be deleted.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="22" />
            <source>Прізвище</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="23" />
            <source>Ім’я</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="24" />
            <source>По батькові</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="25" />
            <source>Дата народження</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="26" />
            <source>Стать</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="27" />
            <source>РНОКПП</source>
            <translation>Tax number (RNOKPP)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="28" />
            <source>Номер РНОКПП</source>
            <translation>RNOKPP number</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="29" />
            <source>Документ</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="30" />
            <source>Серія і номер</source>
            <translation>Series and number</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="31" />
            <source>УНЗР</source>
            <translation>UNZR</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="32" />
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="33" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="34" />
            <source>Зареєстроване місце проживання</source>
            <translation>Registered address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="35" />
            <source>Фактичне місце проживання</source>
            <translation>Actual address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="36" />
            <source>Примітки</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="41" />
            <source>жіноча</source>
            <translation>female</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="42" />
            <source>чоловіча</source>
            <translation>male</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="46" />
            <source>ще не відомий</source>
            <translation>not known yet</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="47" />
            <source>відомий</source>
            <translation>known</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="48" />
            <source>відмова (релігійні переконання)</source>
            <translation>refused (religious beliefs)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="52" />
            <source>ID-картка</source>
            <translation>ID card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="53" />
            <source>паспорт-книжечка</source>
            <translation>passport booklet</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="54" />
            <source>свідоцтво про народження</source>
            <translation>birth certificate</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/fields.py" line="55" />
            <source>інший</source>
            <translation>other</translation>
        </message>
    </context>
    <context>
        <name>PersonPanels</name>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="54" />
            <source>голова домогосподарства</source>
            <translation>head of household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="55" />
            <source>чоловік / дружина</source>
            <translation>husband / wife</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="56" />
            <source>син / дочка</source>
            <translation>son / daughter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="57" />
            <source>батько / мати</source>
            <translation>father / mother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="58" />
            <source>брат / сестра</source>
            <translation>brother / sister</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="59" />
            <source>онук / онука</source>
            <translation>grandson / granddaughter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="60" />
            <source>дід / баба</source>
            <translation>grandfather / grandmother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="61" />
            <source>інший родич</source>
            <translation>other relative</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="62" />
            <source>не родич, проживає разом</source>
            <translation>not related, lives together</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="65" />
            <source>Категорії</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="66" />
            <source>Роль у домогосподарстві</source>
            <translation>Role in the household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="67" />
            <source>Об’єднано з іншим записом</source>
            <translation>Merged into another record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="68" />
            <source>Видалено</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="88" />
            <source>Дату введіть як ДД.ММ.РРРР, наприклад 05.03.2026.</source>
            <translation>Enter the date as DD.MM.YYYY, e.g. 05.03.2026.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="110" />
            <source>Категорії отримувача:</source>
            <translation>Recipient categories:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="140" />
            <source>Згода на обробку персональних даних</source>
            <translation>Consent to the processing of personal data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="146" />
            <source>Дата згоди:</source>
            <translation>Date of consent:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="147" />
            <source>Мета й обсяг:</source>
            <translation>Purpose and scope:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="168" />
            <source>Записати згоду…</source>
            <translation>Record consent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="169" />
            <source>Відкликати згоду…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="178" />
            <source>Згода на обробку персональних даних:</source>
            <translation>Consent to the processing of personal data:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="189" />
            <source>Згоду можна записати після збереження картки.</source>
            <translation>Consent can be recorded once the card is saved.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="199" />
            <source>(відкликано %1)</source>
            <translation>(withdrawn %1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="205" />
            <source>Чинної згоди немає: запишіть її до надання послуг.</source>
            <translation>No consent in force: record it before services are provided.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="209" />
            <source>Згоду надано %1.</source>
            <translation>Consent given on %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="250" />
            <source>Відкликання згоди</source>
            <translation>Withdrawal of consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="251" />
            <source>Записати, що особа відкликала згоду сьогодні?</source>
            <translation>Record that the person withdrew consent today?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="76" />
            <source>Додати члена домогосподарства</source>
            <translation>Add a household member</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="79" />
            <source>Прізвище, РНОКПП або телефон</source>
            <translation>Surname, RNOKPP or phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="84" />
            <source>Пошук:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="86" />
            <source>Ким доводиться голові:</source>
            <translation>Relationship to the head:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="106" />
            <source>живе в іншому домогосподарстві (голова: %1)</source>
            <translation>lives in another household (head: %1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="152" />
            <source>Створити домогосподарство</source>
            <translation>Create household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="153" />
            <source>Додати члена…</source>
            <translation>Add member…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="154" />
            <source>Зробити головою</source>
            <translation>Make head</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="155" />
            <source>Вибути з домогосподарства</source>
            <translation>Leave the household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="168" />
            <source>Члени домогосподарства:</source>
            <translation>Household members:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="171" />
            <source>Перебування в домогосподарствах:</source>
            <translation>Stays in households:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="184" />
            <source>Домогосподарство можна вказати після збереження картки.</source>
            <translation>The household can be set once the card is saved.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="204" />
            <source>дотепер</source>
            <translation>to date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="211" />
            <source>Зміни запишуться після «Зберегти»; «Скасувати» їх відкине.</source>
            <translation>The changes are recorded on “Save”; “Cancel” discards them.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="216" />
            <source>Особа не входить до жодного домогосподарства.</source>
            <translation>The person is not in any household.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="244" />
            <source>+ нове домогосподарство, особа — голова (після «Зберегти»)</source>
            <translation>+ new household, this person as head (after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="279" />
            <source>нове, цієї особи</source>
            <translation>new, this person’s</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="282" />
            <source>Перевести з іншого домогосподарства?</source>
            <translation>Move from another household?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="283" />
            <source>%1 живе в домогосподарстві, де голова — %2. Перевести до цього домогосподарства (голова — %3)? У тому домогосподарстві особа вибуде.</source>
            <translation>%1 lives in the household headed by %2. Move them to this household (head: %3)? They will leave the other household.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="299" />
            <source>(після «Зберегти»)</source>
            <translation>(after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="310" />
            <source>особа стане головою (після «Зберегти»)</source>
            <translation>this person becomes the head (after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="318" />
            <source>Вибуття з домогосподарства</source>
            <translation>Leaving the household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="319" />
            <source>Записати, що особа вибула з домогосподарства сьогодні?</source>
            <translation>Record that the person left the household today?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="324" />
            <source>− особа вибуде з домогосподарства (після «Зберегти»)</source>
            <translation>− this person leaves the household (after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="268" />
            <source>Коли</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="269" />
            <source>Хто</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="270" />
            <source>Поле</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="271" />
            <source>Було</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="272" />
            <source>Стало</source>
            <translation>Became</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="303" />
            <source>Картку створено</source>
            <translation>Card created</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="323" />
            <source>так</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="323" />
            <source>ні</source>
            <translation>no</translation>
        </message>
        <message numerus="yes">
            <source>У домогосподарстві %n особа.</source>
            <translation>
                <numerusform>%n person in the household.</numerusform>
                <numerusform>%n people in the household.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="72" />
            <source>Сторінок: %1</source>
            <translation>Pages: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="74" />
            <source>&amp;Друкувати…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="77" />
            <source>&amp;Зберегти як PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="80" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="98" />
            <source>Зберегти документ</source>
            <translation>Save the document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="108" />
            <source>Не вдалося зберегти: %1</source>
            <translation>Could not save: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="178" />
            <source>Друк</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="193" />
            <source>Надруковані раніше (копії)…</source>
            <translation>Printed before (copies)…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="208" />
            <source>Надруковані документи</source>
            <translation>Printed documents</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="215" />
            <source> (копія)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="223" />
            <source>Документів ще не друкували.</source>
            <translation>No documents printed yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="225" />
            <source>Копія показує дані, з яких документ було надруковано.</source>
            <translation>A copy shows the data the document was printed from.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="228" />
            <source>Надрукувати &amp;копію</source>
            <translation>Print a &amp;copy</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="269" />
            <source>Пакетний друк</source>
            <translation>Batch printing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="279" />
            <source>Усе одним файлом PDF</source>
            <translation>All in one PDF file</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="286" />
            <source>Документи:</source>
            <translation>Documents:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="287" />
            <source>З:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="288" />
            <source>По:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="294" />
            <source>&amp;Друкувати</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="307" />
            <source>Кінець періоду раніше за його початок.</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="317" />
            <source>Зберегти пакет</source>
            <translation>Save the batch</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="321" />
            <source>Папка</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="349" />
            <source>Надруковано: %1, пропущено: %2.</source>
            <translation>Printed: %1, skipped: %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="359" />
            <source>Скасовано; вже надруковане залишилося записаним.</source>
            <translation>Cancelled; what was printed stays recorded.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../socdesk/ui/ops.py" line="121" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/ops.py" line="142" />
            <source>Зупиняю…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>RecipientColumn</name>
        <message>
            <location filename="../../socdesk/ui/registry/columns.py" line="30" />
            <source>ПІБ</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/columns.py" line="37" />
            <source>Дата народження</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/columns.py" line="44" />
            <source>РНОКПП</source>
            <translation>Tax number (RNOKPP)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/columns.py" line="51" />
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/columns.py" line="58" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
    </context>
    <context>
        <name>RegistryView</name>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="267" />
            <source>Пошук: прізвище, ім’я, РНОКПП, документ, телефон, село</source>
            <translation>Search: surname, name, tax number, document, phone, village</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="297" />
            <source>Усі населені пункти</source>
            <translation>All settlements</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="300" />
            <source>Усі категорії</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="303" />
            <source>Усі, зі справами й без</source>
            <translation>All, with or without cases</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="305" />
            <source>З активною справою</source>
            <translation>With an active case</translation>
        </message>
        <message numerus="yes">
            <source>У реєстрі %n отримувач</source>
            <translation>
                <numerusform>%n recipient in the register</numerusform>
                <numerusform>%n recipients in the register</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Показано %n перших збігів; гортайте, щоб побачити ще.</source>
            <translation>
                <numerusform>Showing the first %n match; scroll to see more.</numerusform>
                <numerusform>Showing the first %n matches; scroll to see more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Знайдено %n особу</source>
            <translation>
                <numerusform>Found %n person</numerusform>
                <numerusform>Found %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServiceRound</name>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="94" />
            <source>Обхід за день</source>
            <translation>Day's round</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="115" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="116" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="118" />
            <source>Кількість</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="132" />
            <source>Дата:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="133" />
            <source>Послуга:</source>
            <translation>Service:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="134" />
            <source>Працівник:</source>
            <translation>Worker:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="59" />
            <source>понеділок</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="60" />
            <source>вівторок</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="61" />
            <source>середа</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="62" />
            <source>четвер</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="63" />
            <source>пʼятниця</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="64" />
            <source>субота</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="65" />
            <source>неділя</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="108" />
            <source>— виберіть працівника —</source>
            <translation>— choose a worker —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="117" />
            <source>Уже записано</source>
            <translation>Already logged</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="170" />
            <source>Виберіть працівника: буде показано його отримувачів на цей день.</source>
            <translation>Choose a worker to see their recipients for the day.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="175" />
            <source>%1, %2: за договорами цього працівника послугу цього дня не надають. Виберіть інший день.</source>
            <translation>%1, %2: this worker’s contracts do not provide the service on this day. Choose another day.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="184" />
            <source>Отримувачів на цей день: %1 (одиниця: %2). Зніміть позначку з тих, кого не відвідали; кому вже записано, позначки не мають.</source>
            <translation>Recipients due this day: %1 (unit: %2). Untick those not visited; those already logged are not ticked.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="217" />
            <source>Не позначено жодного отримувача.</source>
            <translation>No recipient is ticked.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="239" />
            <source>Задовгий робочий день</source>
            <translation>Working day too long</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="240" />
            <source>Разом із цим обходом у працівника %1 за %2 буде %3 — більше, ніж %4 робочого дня. Перевірте кількість. Записати все одно?</source>
            <translation>With this round, %1 would have %3 on %2 — more than a working day of %4. Check the amounts. Record anyway?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="256" />
            <source>Працівник</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="257" />
            <source>Отримувачів</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="258" />
            <source>Записів</source>
            <translation>Lines</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="259" />
            <source>Годин</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="265" />
            <source>(не зазначено)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="285" />
            <source>Навантаження працівників</source>
            <translation>Workers' workload</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="289" />
            <source>Показати</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="295" />
            <source>З:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="297" />
            <source>по:</source>
            <translation>to:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="314" />
            <source>Усього: %1</source>
            <translation>Total: %1</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="57" />
            <source>Налаштування</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="64" />
            <source> хв</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="66" />
            <source>Нова мова діятиме після перезапуску SocDesk.</source>
            <translation>A new language takes effect when SocDesk restarts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="79" />
            <source>Вибрати…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="81" />
            <source>Прибрати</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="91" />
            <source>Мова інтерфейсу:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="92" />
            <source>Блокувати після бездіяльності:</source>
            <translation>Lock after being idle for:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="94" />
            <source>Префікс нумерації справ:</source>
            <translation>Case number prefix:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="95" />
            <source>Логотип центру в документах:</source>
            <translation>The centre's logo on documents:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="105" />
            <source>Логотип центру</source>
            <translation>The centre's logo</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="120" />
            <source>немає</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="124" />
            <source>не зображення</source>
            <translation>not an image</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="66" />
            <source>SocDesk — вхід</source>
            <translation>SocDesk — sign in</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="74" />
            <source>Увійти</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="76" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="79" />
            <source>Усі паролі забуто: відкрити ключем відновлення</source>
            <translation>Every password forgotten: open with the recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="88" />
            <source>Користувач:</source>
            <translation>User:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="89" />
            <location filename="../../socdesk/ui/signin.py" line="115" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="94" />
            <source>Облік отримувачів соціальних послуг</source>
            <translation>Register of social-service recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="115" />
            <source>Ключ відновлення:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="128" />
            <source>Введіть ключ відновлення.</source>
            <translation>Enter the recovery key.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="139" />
            <source>Введіть ім’я користувача і пароль.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="150" />
            <source>Перевіряю пароль…</source>
            <translation>Checking the password…</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="34" />
            <source>Фахівець із соціальної роботи</source>
            <translation>Social work specialist</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="35" />
            <source>Працівник центру</source>
            <translation>Centre staff</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="36" />
            <source>Координатор</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="37" />
            <source>Керівник (лише перегляд і звіти)</source>
            <translation>Head (view and reports only)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="40" />
            <source>Ім’я для входу</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="41" />
            <source>Прізвище та ім’я</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="42" />
            <source>Роль</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="43" />
            <source>Стан</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="79" />
            <source>вимкнено</source>
            <translation>disabled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="79" />
            <source>активний</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="99" />
            <source>Поточний пароль:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="102" />
            <source>Новий пароль:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="103" />
            <source>Новий пароль ще раз:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="119" />
            <source>Новий користувач</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="129" />
            <source>Прізвище та ім’я:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="130" />
            <source>Ім’я для входу:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="131" />
            <location filename="../../socdesk/ui/admin/users.py" line="265" />
            <source>Роль:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="132" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="133" />
            <source>Пароль ще раз:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="140" />
            <source>Вкажіть прізвище та ім’я користувача.</source>
            <translation>Enter the user's full name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="142" />
            <source>Користувач «%1» уже є; виберіть інше ім’я для входу.</source>
            <translation>User “%1” already exists; choose another login.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="164" />
            <source>Користувачі робочого місця</source>
            <translation>Users of this workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="175" />
            <source>&amp;Додати…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="176" />
            <source>Змінити &amp;роль…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="177" />
            <source>Задати &amp;пароль…</source>
            <translation>Set &amp;password…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="178" />
            <location filename="../../socdesk/ui/admin/users.py" line="221" />
            <source>&amp;Вимкнути</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="221" />
            <source>&amp;Увімкнути…</source>
            <translation>&amp;Enable…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="250" />
            <source>Користувача додано.</source>
            <translation>User added.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="261" />
            <source>Роль користувача %1</source>
            <translation>Role of user %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="270" />
            <source>Роль змінено.</source>
            <translation>Role changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="281" />
            <source>Новий пароль для %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="286" />
            <source>Пароль змінено; повідомте його користувачу особисто.</source>
            <translation>Password changed; tell it to the user in person.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="299" />
            <source>Вимкнути користувача</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="300" />
            <source>Вимкнути користувача %1? Він більше не зможе увійти; його записи залишаться.</source>
            <translation>Disable user %1? They will no longer be able to sign in; their records stay.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="308" />
            <source>Користувача вимкнено.</source>
            <translation>User disabled.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="312" />
            <source>Увімкнути %1 з новим паролем</source>
            <translation>Enable %1 with a new password</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="317" />
            <source>Користувача увімкнено з новим паролем.</source>
            <translation>User enabled with a new password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="326" />
            <source>Зміна пароля</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="335" />
            <source>Поточний пароль неправильний.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="340" />
            <source>Пароль змінено.</source>
            <translation>Password changed.</translation>
        </message>
    </context>
</TS>
