<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="uk">
    <context>
        <name>AccessesDialog</name>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="28" />
            <source>Коли</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="29" />
            <source>Хто</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="30" />
            <source>Чиї дані</source>
            <translation>Whose data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="31" />
            <source>Обґрунтування</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="32" />
            <source>Діє до</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="50" />
            <source>Доступи до чутливих даних</source>
            <translation>Access to sensitive data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="55" />
            <source>Працівники, які переглянули відомості про здоров’я, інвалідність, насильство чи залежності особи, з якою не працюють, і їхні обґрунтування. Записи з округів з’являються тут після синхронізації.</source>
            <translation>Workers who viewed the health, disability, violence or addiction details of a person whose case they do not work on, and their reasons. Records from the districts appear here after synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../socdesk/ui/app.py" line="108" />
            <source>ключ відновлення</source>
            <translation>recovery key</translation>
        </message>
    </context>
    <context>
        <name>AuditBrowser</name>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="41" />
            <source>створення запису</source>
            <translation>record created</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="42" />
            <source>зміна запису</source>
            <translation>record changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="43" />
            <source>перегляд картки</source>
            <translation>card opened</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="44" />
            <source>експорт</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="45" />
            <source>імпорт</source>
            <translation>import</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="46" />
            <source>друк</source>
            <translation>print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="47" />
            <source>додано користувача</source>
            <translation>user added</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="48" />
            <source>змінено пароль</source>
            <translation>password changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="49" />
            <source>вимкнено користувача</source>
            <translation>user disabled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="50" />
            <source>увімкнено користувача</source>
            <translation>user enabled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="51" />
            <source>змінено роль</source>
            <translation>role changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="52" />
            <source>доступ до чутливих даних з обґрунтуванням</source>
            <translation>access to sensitive data with a reason</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="53" />
            <source>оновлення довідкових даних</source>
            <translation>reference data updated</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="54" />
            <source>створення запису на іншому робочому місці</source>
            <translation>record created at another workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="55" />
            <source>зміна запису на іншому робочому місці</source>
            <translation>record changed at another workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="56" />
            <source>зміну з іншого робочого місця не застосовано: дані знищено</source>
            <translation>a change from another workplace not applied: the data were erased</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="59" />
            <source>розв’язано конфлікт синхронізації</source>
            <translation>sync conflict resolved</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="60" />
            <source>змінено роль у синхронізації</source>
            <translation>sync role changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="61" />
            <source>дані особи прибрано з робочого місця</source>
            <translation>person's data removed from this workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="62" />
            <source>новий ідентифікатор пристрою</source>
            <translation>new device id</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="63" />
            <source>підключено до сервера</source>
            <translation>connected to the server</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="64" />
            <source>відключено від сервера</source>
            <translation>disconnected from the server</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="65" />
            <source>оновлено токен пристрою</source>
            <translation>device token renewed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="66" />
            <source>завершено сеанс цього пристрою на сервері</source>
            <translation>this device's session on the server ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="67" />
            <source>записано пакет обміну</source>
            <translation>exchange bundle written</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="68" />
            <source>прийнято пакет обміну</source>
            <translation>exchange bundle imported</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="69" />
            <source>відхилено пакет обміну</source>
            <translation>exchange bundle rejected</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="70" />
            <source>створено ключ пакетів</source>
            <translation>bundle key created</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="71" />
            <source>довірено ключ пакетів</source>
            <translation>bundle key trusted</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="72" />
            <source>відкликано ключ пакетів</source>
            <translation>bundle key revoked</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="73" />
            <source>змінено налаштування резервних копій</source>
            <translation>backup settings changed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="74" />
            <source>видано всі дані про особу</source>
            <translation>all data about the person exported</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="75" />
            <source>знеособлення після строку зберігання</source>
            <translation>anonymised after the retention period</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="76" />
            <source>виправлення даних особи</source>
            <translation>person's data rectified</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="77" />
            <source>знищення незаконно оброблюваних даних</source>
            <translation>unlawfully processed data erased</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="80" />
            <source>картка особи</source>
            <translation>person's card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="81" />
            <source>домогосподарство</source>
            <translation>household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="82" />
            <source>член домогосподарства</source>
            <translation>household member</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="83" />
            <source>згода</source>
            <translation>consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="84" />
            <source>користувач</source>
            <translation>user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="85" />
            <source>громада</source>
            <translation>community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="86" />
            <source>старостинський округ</source>
            <translation>starosta district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="87" />
            <source>населений пункт</source>
            <translation>settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="88" />
            <source>робоче місце</source>
            <translation>workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="89" />
            <source>працівник</source>
            <translation>worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="90" />
            <source>доступ до чутливих даних</source>
            <translation>access to sensitive data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="91" />
            <source>налаштування сховища</source>
            <translation>store settings</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="92" />
            <source>звіт</source>
            <translation>report</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="93" />
            <source>пакет обміну</source>
            <translation>exchange bundle</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="94" />
            <location filename="../../socdesk/ui/admin/audit.py" line="95" />
            <source>ключ пакетів</source>
            <translation>bundle key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="98" />
            <source>Коли</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="99" />
            <source>Хто</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="100" />
            <source>Дія</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="101" />
            <source>Що</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="102" />
            <source>Запис</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="103" />
            <source>Подробиці</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="175" />
            <source>Журнал дій</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="177" />
            <source>ключ відновлення</source>
            <translation>recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="180" />
            <source>Усі користувачі</source>
            <translation>All users</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="184" />
            <source>Усі дії</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="203" />
            <source>Перевірити цілісність журналу</source>
            <translation>Verify the log's integrity</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="208" />
            <source>з</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="210" />
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="248" />
            <source>Журнал цілісний: записи не змінено.</source>
            <translation>The log is intact: no entry was changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/audit.py" line="252" />
            <source>Журнал пошкоджено або змінено поза SocDesk: повідомте керівника.</source>
            <translation>The log is damaged or was changed outside SocDesk: tell your head of department.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="125" />
            <source>Резервні копії</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="129" />
            <source>тека даних SocDesk (типово)</source>
            <translation>SocDesk's data folder (default)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="130" />
            <source>Вибрати…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="139" />
            <source>Тека (диск) для копій:</source>
            <translation>Folder (drive) for backups:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="140" />
            <source>Зберігати останніх копій:</source>
            <translation>Keep the latest backups:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="145" />
            <source>SocDesk робить зашифровану копію, коли закривається, і раз на день під час роботи. Якщо вибраного диска немає, копія йде в теку даних.</source>
            <translation>SocDesk makes an encrypted backup when it closes, and once a day while it runs. If the chosen drive is not there, the backup goes to the data folder.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="157" />
            <source>Зробити копію &amp;зараз</source>
            <translation>Back up &amp;now</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="159" />
            <source>&amp;Відновити з копії…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="171" />
            <source>Автоматичні копії (новіші вгорі):</source>
            <translation>Automatic backups (newest first):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="189" />
            <source>{name} — {size} МБ, {folder}</source>
            <translation>{name} — {size} MB, {folder}</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="196" />
            <source>Вибраної теки {folder} зараз немає: копії йдуть у теку даних.</source>
            <translation>The chosen folder {folder} is not there now: backups go to the data folder.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="203" />
            <source>Тека для резервних копій</source>
            <translation>Folder for backups</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="224" />
            <source>Роблю копію…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="229" />
            <source>Копію збережено: {path}</source>
            <translation>Backup saved: {path}</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="247" />
            <source>Резервна копія SocDesk</source>
            <translation>SocDesk backup</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="249" />
            <source>Резервні копії SocDesk (*{suffix})</source>
            <translation>SocDesk backups (*{suffix})</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="282" />
            <source>Відновити з резервної копії</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="284" />
            <source>Відновити дані з копії {name} (зроблено {when})?

Поточні дані буде відкладено в теку backups/replaced-… у теці даних. SocDesk закриється; відкрийте його знову й увійдіть.</source>
            <translation>Restore the data from the backup {name} (made {when})?

The current data will be set aside in backups/replaced-… in the data folder. SocDesk will close; open it again and sign in.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="297" />
            <source>Користувач копії:</source>
            <translation>User of the backup:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="298" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="303" />
            <source>Відновити</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="326" />
            <source>Відновлення не вдалося</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="330" />
            <source>Дані відновлено</source>
            <translation>Data restored</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/backups.py" line="331" />
            <source>Дані відновлено з {name}. Попередні дані — у {aside}. Запустіть SocDesk знову й увійдіть.</source>
            <translation>Data restored from {name}. The previous data is in {aside}. Start SocDesk again and sign in.</translation>
        </message>
    </context>
    <context>
        <name>BundleHealth</name>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="22" />
            <source>Робоче місце</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="23" />
            <source>Останній зв’язок</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="24" />
            <source>Останній пакет звідти</source>
            <translation>Last bundle from it</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="25" />
            <source>Останній пакет туди</source>
            <translation>Last bundle to it</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="26" />
            <source>Чекають підтвердження</source>
            <translation>Awaiting acknowledgement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="27" />
            <source>Конфлікти</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="28" />
            <source>Бракує пакетів</source>
            <translation>Missing bundles</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="48" />
            <source>так: змін з №%1 по №%2 не було в жодному пакеті</source>
            <translation>yes: changes no. %1 to no. %2 were in no bundle</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="61" />
            <source> (відкликано)</source>
            <translation> (revoked)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="63" />
            <source>жодного разу</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="83" />
            <source>Стан обміну пакетами</source>
            <translation>Bundle exchange status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="89" />
            <source>&amp;Оновити</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="91" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="112" />
            <source>Центр</source>
            <translation>Centre</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/health.py" line="140" />
            <source>Ключів для пакетів ще немає: обміняйтеся картками ключів (socdesk bundle card / trust) або підключіться до сервера.</source>
            <translation>There are no keys for bundles yet: exchange key cards (socdesk bundle card / trust) or connect to the server.</translation>
        </message>
        <message numerus="yes">
            <source>Відкритих конфліктів: %n.</source>
            <translation>
                <numerusform>Open conflicts: %n.</numerusform>
                <numerusform>Open conflicts: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ще жодного разу не синхронізувалися: %n.</source>
            <translation>
                <numerusform>Never synced yet: %n.</numerusform>
                <numerusform>Never synced yet: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Наших змін чекають підтвердження центру: %n.</source>
            <translation>
                <numerusform>Our changes awaiting the centre's acknowledgement: %n.</numerusform>
                <numerusform>Our changes awaiting the centre's acknowledgement: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Бракує пакетів: %n. Попросіть відправника записати новий пакет: він міститиме все, що ще не підтверджено.</source>
            <translation>
                <numerusform>Missing bundles: %n. Ask the sender to write a new bundle: it will hold everything not yet acknowledged.</numerusform>
                <numerusform>Missing bundles: %n. Ask the sender to write a new bundle: it will hold everything not yet acknowledged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bundles</name>
        <message>
            <location filename="../../socdesk/ui/sync/bundle_menu.py" line="57" />
            <source>Стан &amp;обміну пакетами…</source>
            <translation>Bundle e&amp;xchange status…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundle_menu.py" line="67" />
            <source>&amp;Експорт для центру…</source>
            <translation>&amp;Export for the centre…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundle_menu.py" line="69" />
            <source>&amp;Експорт для робочих місць…</source>
            <translation>&amp;Export for workplaces…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundle_menu.py" line="72" />
            <source>&amp;Імпорт від центру…</source>
            <translation>&amp;Import from the centre…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundle_menu.py" line="72" />
            <source>&amp;Імпорт пакетів…</source>
            <translation>&amp;Import bundles…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="102" />
            <source>Інша &amp;папка…</source>
            <translation>Other &amp;folder…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="110" />
            <source>Флешка «%1» (%2)</source>
            <translation>USB stick “%1” (%2)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="114" />
            <source>Флешку не знайдено: вставте її або виберіть папку</source>
            <translation>No USB stick found: insert one or choose a folder</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="118" />
            <source>Виберіть папку</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="179" />
            <source>Скасовано; нічого не змінено.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="182" />
            <location filename="../../socdesk/ui/sync/receipt.py" line="55" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="202" />
            <source>Експорт для робочих місць</source>
            <translation>Export for workplaces</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="204" />
            <source>Експорт для центру</source>
            <translation>Export for the centre</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="207" />
            <source>Пакет для кожного вибраного робочого місця: зміни центру після його останнього пакета і підтвердження отриманого від нього.</source>
            <translation>A bundle for each chosen workplace: the centre's changes since its last bundle and the acknowledgements of what was received from it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="213" />
            <source>Пакет містить усі зміни, які центр ще не підтвердив. Він зашифрований для центру: на чужому комп’ютері його не прочитати.</source>
            <translation>The bundle holds every change the centre has not acknowledged yet. It is encrypted for the centre: no other computer can read it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="226" />
            <source>&amp;Записати пакет</source>
            <translation>&amp;Write bundle</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="230" />
            <source>&amp;Акт передавання…</source>
            <translation>Hand-over &amp;receipt…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="236" />
            <source>Куди записати:</source>
            <translation>Write to:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="269" />
            <source>Вставте флешку або виберіть папку («Інша папка…»).</source>
            <translation>Insert a USB stick or choose a folder (“Other folder…”).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="273" />
            <source>Позначте хоча б одне робоче місце.</source>
            <translation>Tick at least one workplace.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="282" />
            <source>Записую пакет</source>
            <translation>Writing the bundle</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="291" />
            <source>Записано й перевірено: %1 (змін: %2)</source>
            <translation>Written and verified: %1 (changes: %2)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="296" />
            <source>Роздрукуйте акт передавання для паперового обліку.</source>
            <translation>Print the hand-over receipt for the paper records.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="301" />
            <source>Експорт скасовано; пакет, що записувався, не записано. Його зміни увійдуть до наступного пакета.</source>
            <translation>Export cancelled; the bundle being written was not written. Its changes will go into the next bundle.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="322" />
            <source>новий</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="323" />
            <source>уже імпортовано</source>
            <translation>already imported</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="324" />
            <source>новий; бракує попереднього пакета</source>
            <translation>new; an earlier bundle is missing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="325" />
            <source>адресовано іншому комп’ютеру</source>
            <translation>addressed to another computer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="328" />
            <source>Від кого</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="329" />
            <source>Створено</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="330" />
            <source>Змін за видами</source>
            <translation>Changes by kind</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="331" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="332" />
            <source>Файл</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="338" />
            <source>немає змін</source>
            <translation>no changes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="356" />
            <source>невідомий відправник (%1)</source>
            <translation>unknown sender (%1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="398" />
            <source>Імпорт пакетів</source>
            <translation>Import bundles</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="398" />
            <source>Імпорт від центру</source>
            <translation>Import from the centre</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="403" />
            <source>Вибрати &amp;файли…</source>
            <translation>Choose &amp;files…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="406" />
            <source>&amp;Імпортувати</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="412" />
            <source>Звідки:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="435" />
            <source>Виберіть пакети</source>
            <translation>Choose bundles</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="437" />
            <source>Пакети SocDesk (*%1)</source>
            <translation>SocDesk bundles (*%1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="464" />
            <source>Тут немає пакетів SocDesk (файлів %1).</source>
            <translation>There are no SocDesk bundles (%1 files) here.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="468" />
            <source>Бракує попереднього пакета: його зміни прийдуть з наступним пакетом; цей можна імпортувати.</source>
            <translation>An earlier bundle is missing: its changes will come with the next bundle; this one can be imported.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="484" />
            <source>Імпортую пакет</source>
            <translation>Importing the bundle</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="499" />
            <source>Деякі пакети не імпортовано; причину вказано вище.</source>
            <translation>Some bundles were not imported; the reason is given above.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="503" />
            <source>Імпорт скасовано: пакет, що імпортувався, нічого не змінив; наступні не імпортовано.</source>
            <translation>Import cancelled: the bundle being imported changed nothing; the following ones were not imported.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="524" />
            <source>%1: не імпортовано. %2</source>
            <translation>%1: not imported. %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="526" />
            <source>%1: цей пакет уже імпортовано; нічого не змінено.</source>
            <translation>%1: this bundle was imported already; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="528" />
            <source>%1: сервер застосував змін: %2; конфліктів: %3.</source>
            <translation>%1: the server applied changes: %2; conflicts: %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="531" />
            <source>Затримано або відхилено записів: %1.</source>
            <translation>Records held back or refused: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="534" />
            <source>%1: застосовано змін: %2; конфліктів: %3.</source>
            <translation>%1: changes applied: %2; conflicts: %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="537" />
            <source>Центр підтвердив наших змін: %1.</source>
            <translation>Our changes acknowledged by the centre: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="539" />
            <source>Затримано записів: %1 (див. «Стан синхронізації»).</source>
            <translation>Records held back: %1 (see “Sync status”).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="542" />
            <source>Видалено записів людей, переведених до іншого округу: %1.</source>
            <translation>Records of people moved to another district removed: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/bundles.py" line="546" />
            <source>Бракує попереднього пакета центру; його зміни прийдуть з наступним пакетом.</source>
            <translation>An earlier bundle of the centre is missing; its changes will come with the next bundle.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/receipt.py" line="42" />
            <location filename="../../socdesk/ui/sync/receipt.py" line="80" />
            <source>Акт передавання пакетів</source>
            <translation>Bundle hand-over receipt</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/receipt.py" line="48" />
            <source>&amp;Друкувати…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/receipt.py" line="51" />
            <source>Зберегти &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/receipt.py" line="89" />
            <source>Зберегти акт</source>
            <translation>Save the receipt</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/receipt.py" line="98" />
            <source>Не вдалося зберегти акт; виберіть іншу папку й повторіть.</source>
            <translation>The receipt could not be saved; choose another folder and try again.</translation>
        </message>
        <message numerus="yes">
            <source>Готово до імпорту пакетів: %n.</source>
            <translation>
                <numerusform>Bundles ready to import: %n.</numerusform>
                <numerusform>Bundles ready to import: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseLead</name>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="94" />
            <source>Заповнити акт оцінки потреб…</source>
            <translation>Fill in the needs assessment act…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="97" />
            <source>Скласти індивідуальний план…</source>
            <translation>Draw up the individual plan…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="99" />
            <source>Укласти договір…</source>
            <translation>Sign the contract…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="101" />
            <source>Переглянути індивідуальний план…</source>
            <translation>Revise the individual plan…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="103" />
            <source>Записати надані послуги…</source>
            <translation>Log the services provided…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="105" />
            <source>Скласти акт про надання послуг екстрено…</source>
            <translation>Draw up the urgent provision act…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="108" />
            <source>Рішення вручено або надіслано…</source>
            <translation>Decision handed over or sent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="109" />
            <source>Далі: %1…</source>
            <translation>Next: %1…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="135" />
            <source>Інші дії</source>
            <translation>Other actions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="167" />
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="179" />
            <source>Строків, що спливають, немає.</source>
            <translation>No deadlines pending.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="184" />
            <source>Строк: %1 до %2 — %3</source>
            <translation>Deadline: %1 by %2 — %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="191" />
            <source> (на %1 дн.)</source>
            <translation> (by %1 days)</translation>
        </message>
    </context>
    <context>
        <name>CaseTabs</name>
        <message>
            <location filename="../../socdesk/ui/case/tabs.py" line="35" />
            <source>безоплатно</source>
            <translation>free of charge</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/tabs.py" line="36" />
            <source>з диференційованою платою</source>
            <translation>with a differentiated payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/tabs.py" line="37" />
            <source>платно</source>
            <translation>paid</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="56" />
            <source>ПІБ члена сім’ї</source>
            <translation>Family member's full name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="57" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="58" />
            <source>Працездатний</source>
            <translation>Able to work</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="59" />
            <source>Вид доходу</source>
            <translation>Income type</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="64" />
            <source>Додати рядок</source>
            <translation>Add line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="66" />
            <location filename="../../socdesk/ui/case/log.py" line="204" />
            <source>Вилучити рядок</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="68" />
            <source>&amp;Зберегти декларацію</source>
            <translation>&amp;Save the declaration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="73" />
            <source>тариф на місяць, грн</source>
            <translation>monthly tariff, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="74" />
            <source>Розрахувати плату</source>
            <translation>Calculate the payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="84" />
            <source>Тариф:</source>
            <translation>Tariff:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="88" />
            <source>Доходи за шість місяців перед місяцем звернення; суми в гривнях. Дохід кількох видів — окремими рядками з тим самим ПІБ.</source>
            <translation>Incomes over the six months before the month of the appeal, in hryvnias. Several income types: separate lines with the same name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="136" />
            <source>Декларацію ще не заповнено (не потрібна, якщо послуга безоплатна для всіх).</source>
            <translation>The declaration is not filled in yet (not needed if the service is free for everyone).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="186" />
            <source>Тариф</source>
            <translation>Tariff</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="197" />
            <source>Категорія: %1</source>
            <translation>Category: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/income.py" line="201" />
            <source>До сплати на місяць: %1</source>
            <translation>Payable per month: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="71" />
            <source>Перегляд індивідуального плану</source>
            <translation>Individual plan review</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="73" />
            <source>Індивідуальний план</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="86" />
            <source>Одна мета в рядку</source>
            <translation>One goal per line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="90" />
            <source>Для кого</source>
            <translation>For whom</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="82" />
            <location filename="../../socdesk/ui/case/plan.py" line="91" />
            <source>Код послуги</source>
            <translation>Service code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="92" />
            <source>Захід</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="93" />
            <source>Періодичність</source>
            <translation>How often</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="83" />
            <location filename="../../socdesk/ui/case/plan.py" line="94" />
            <source>Обсяг на місяць</source>
            <translation>Volume per month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="95" />
            <source>Відповідальний</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="104" />
            <source>Додати захід</source>
            <translation>Add measure</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="106" />
            <source>Вилучити захід</source>
            <translation>Remove measure</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="124" />
            <source>Дата складання:</source>
            <translation>Drawn up on:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="125" />
            <source>Дата перегляду:</source>
            <translation>Review date:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="126" />
            <source>Ступінь індивідуальної потреби:</source>
            <translation>Degree of individual need:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="127" />
            <location filename="../../socdesk/ui/case/plan.py" line="201" />
            <source>Мета:</source>
            <translation>Goals:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="128" />
            <location filename="../../socdesk/ui/case/plan.py" line="203" />
            <source>Заходи:</source>
            <translation>Measures:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="135" />
            <source>Участь отримувача:</source>
            <translation>Recipient's participation:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="194" />
            <source>Редакція %1 від %2; перегляд %3</source>
            <translation>Revision %1 of %2; review %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="200" />
            <source>Ступінь потреби: %1</source>
            <translation>Degree of need: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="212" />
            <source>Участь отримувача: %1</source>
            <translation>Recipient's participation: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="229" />
            <location filename="../../socdesk/ui/case/plan.py" line="262" />
            <source>Скласти план…</source>
            <translation>Draw up the plan…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="232" />
            <source>Друкувати цю редакцію…</source>
            <translation>Print this revision…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="237" />
            <source>Редакція:</source>
            <translation>Revision:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="262" />
            <source>Переглянути план…</source>
            <translation>Review the plan…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="270" />
            <source>Плану ще немає.</source>
            <translation>No plan yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="275" />
            <source>Зміни щодо редакції %1:</source>
            <translation>Changes from revision %1:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/plan.py" line="280" />
            <source>план залишився незмінним</source>
            <translation>the plan stayed unchanged</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="68" />
            <source>Договір про надання соціальних послуг</source>
            <translation>Contract for social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="72" />
            <source>Безстроково</source>
            <translation>Open-ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="84" />
            <source>Розклад</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="85" />
            <source>Вартість на місяць, грн</source>
            <translation>Cost per month, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="94" />
            <source>Додати послугу</source>
            <translation>Add service</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="97" />
            <source>Дата підписання:</source>
            <translation>Signed on:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="101" />
            <source>Діє до:</source>
            <translation>Valid until:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="102" />
            <source>Де надаються послуги:</source>
            <translation>Where services are provided:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="104" />
            <source>Законний представник (якщо підписує він):</source>
            <translation>Legal representative (if they sign):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="106" />
            <source>Діє на підставі:</source>
            <translation>Acting under:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="107" />
            <location filename="../../socdesk/ui/case/contract.py" line="177" />
            <source>Послуги:</source>
            <translation>Services:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="162" />
            <source>безстроково</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="165" />
            <source>Договір № %1 від %2, діє до %3</source>
            <translation>Contract No. %1 of %2, valid until %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="169" />
            <source>Де надаються: %1</source>
            <translation>Provided: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="173" />
            <source>Представник: %1 (%2)</source>
            <translation>Representative: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="184" />
            <source>Оплата: %1, до сплати на місяць %2</source>
            <translation>Payment: %1, payable per month %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="189" />
            <source>Розрахунок (додаток до договору):</source>
            <translation>Calculation (annex to the contract):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="193" />
            <source>Припинено %1</source>
            <translation>Terminated on %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="208" />
            <location filename="../../socdesk/ui/case/contract.py" line="229" />
            <source>Укласти договір…</source>
            <translation>Sign the contract…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="221" />
            <source>Договору ще немає.</source>
            <translation>No contract yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/contract.py" line="227" />
            <source>Укласти новий договір…</source>
            <translation>Sign a new contract…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="57" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="58" />
            <source>Послуга</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="59" />
            <location filename="../../socdesk/ui/case/log.py" line="172" />
            <source>Кількість</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="60" />
            <source>Працівник</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="61" />
            <source>Примітка</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="111" />
            <source>&amp;Додати</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="114" />
            <source>Вилучити помилковий рядок</source>
            <translation>Remove a mistaken line</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="129" />
            <source>кількість:</source>
            <translation>amount:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="135" />
            <source>Акт наданих послуг за місяць:</source>
            <translation>Act of services delivered for the month:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="167" />
            <source>за цей місяць послуг не записано</source>
            <translation>no services logged for this month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/log.py" line="205" />
            <source>Вилучити запис %1 від %2?</source>
            <translation>Remove the line %1 of %2?</translation>
        </message>
    </context>
    <context>
        <name>CaseWindow</name>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="87" />
            <source>відсутність потреби за результатами оцінювання</source>
            <translation>no need found by the assessment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="88" />
            <source>надавач не надає потрібних послуг</source>
            <translation>the provider does not provide the services needed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="89" />
            <source>медичні протипоказання</source>
            <translation>medical contraindications</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="92" />
            <source>відсутність потреби</source>
            <translation>no need any more</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="93" />
            <source>закінчення строку договору</source>
            <translation>the contract expired</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="94" />
            <source>зміна місця проживання</source>
            <translation>moved away</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="95" />
            <source>смерть отримувача</source>
            <translation>death of the recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="96" />
            <source>письмова відмова отримувача</source>
            <translation>written refusal by the recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="97" />
            <source>порушення умов договору</source>
            <translation>breach of the contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="98" />
            <source>влаштування до інтернатного закладу</source>
            <translation>placed in a residential institution</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="99" />
            <source>рішення суду</source>
            <translation>court decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="100" />
            <source>ліквідація надавача</source>
            <translation>the provider was liquidated</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="103" />
            <source>лікування в стаціонарі</source>
            <translation>in-patient treatment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="104" />
            <source>тимчасова відсутність</source>
            <translation>temporary absence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="105" />
            <source>на прохання отримувача</source>
            <translation>at the recipient's request</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="108" />
            <source>заяву відкликано</source>
            <translation>the application was withdrawn</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="109" />
            <source>особа померла</source>
            <translation>the person died</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="110" />
            <source>рішення вручено</source>
            <translation>the decision was handed over</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="111" />
            <source>акт складено, інших потреб немає</source>
            <translation>the act is drawn up, no other needs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="153" />
            <source>Крок: %1</source>
            <translation>Step: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="159" />
            <source>Потреби отримувача змінилися (перегляд раніше строку)</source>
            <translation>The recipient's needs changed (review before its date)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="163" />
            <source>Дата:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="167" />
            <source>Підстава відмови (ст. 24):</source>
            <translation>Ground for refusal (Art. 24):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="169" />
            <source>Підстава припинення (ст. 24):</source>
            <translation>Ground for termination (Art. 24):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="171" />
            <source>Причина призупинення:</source>
            <translation>Reason for suspension:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="174" />
            <source>Чому закривається:</source>
            <translation>Why it closes:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="178" />
            <source>— оберіть —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="188" />
            <source>Примітка:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="196" />
            <source>Оберіть підставу чи причину зі списку.</source>
            <translation>Choose the ground or reason from the list.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="222" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="223" />
            <source>Було</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="224" />
            <source>Стало</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="225" />
            <source>Підстава</source>
            <translation>Ground</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="251" />
            <source>Що далі:</source>
            <translation>What comes next:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="254" />
            <source>Рішення вручено або надіслано…</source>
            <translation>Decision handed over or sent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="279" />
            <source>усе потрібне є</source>
            <translation>everything needed is there</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="287" />
            <source>Справу закрито.</source>
            <translation>The case is closed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="310" />
            <source>Акт</source>
            <translation>Act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="310" />
            <source>Стан</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="317" />
            <source>не заповнено</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="319" />
            <source>завершено %1</source>
            <translation>completed %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="322" />
            <source> (виправлення)</source>
            <translation> (correction)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="323" />
            <source>чернетка</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="351" />
            <source>&amp;Відкрити акт</source>
            <translation>&amp;Open the act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="429" />
            <source>— не призначено —</source>
            <translation>— not assigned —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="448" />
            <source>&amp;Хід справи</source>
            <translation>&amp;Path</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="449" />
            <source>&amp;Акти</source>
            <translation>&amp;Acts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="450" />
            <source>&amp;Доходи і плата</source>
            <translation>&amp;Income and payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="451" />
            <source>&amp;План</source>
            <translation>P&amp;lan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="452" />
            <source>Д&amp;оговір</source>
            <translation>&amp;Contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="453" />
            <source>Пос&amp;луги</source>
            <translation>&amp;Services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="454" />
            <source>Анке&amp;ти</source>
            <translation>Sur&amp;veys</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="459" />
            <source>Д&amp;рук</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="465" />
            <source>Відповідальний:</source>
            <translation>Responsible:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="526" />
            <source> · екстрено (кризово)</source>
            <translation> · urgent (crisis)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/window.py" line="528" />
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
            <source>Справа сім’ї: послуги плануються для членів домогосподарства</source>
            <translation>A family case: services are planned for the household members</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="102" />
            <source>Екстрено (кризово): загроза життю чи здоров’ю</source>
            <translation>Urgent (crisis): a threat to life or health</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="106" />
            <source>— не призначено —</source>
            <translation>— not assigned —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="114" />
            <source>Як надійшло:</source>
            <translation>How it came:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="115" />
            <source>Дата надходження:</source>
            <translation>Date received:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="116" />
            <source>Хто звернувся:</source>
            <translation>Who applied:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="120" />
            <source>Відповідальний працівник:</source>
            <translation>Responsible worker:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="121" />
            <source>Послуги, яких просять:</source>
            <translation>Services asked for:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="137" />
            <source>Дату надходження введіть як ДД.ММ.РРРР.</source>
            <translation>Enter the date received as DD.MM.YYYY.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="141" />
            <source>Дата надходження не може бути в майбутньому.</source>
            <translation>The date received cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="180" />
            <source>Нове звернення…</source>
            <translation>New appeal…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="182" />
            <source>&amp;Відкрити справу</source>
            <translation>&amp;Open the case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="217" />
            <source>Звернення можна зареєструвати після збереження картки.</source>
            <translation>Appeals can be registered once the card is saved.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/cases.py" line="241" />
            <source>Зареєстровано справу № %1.</source>
            <translation>Case no. %1 registered.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="48" />
            <source>Домогосподарство</source>
            <translation>Household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="49" />
            <source>Членство в домогосподарстві</source>
            <translation>Household membership</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="50" />
            <source>Згода на обробку даних</source>
            <translation>Consent to data processing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="51" />
            <source>Справа</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="52" />
            <source>Крок справи</source>
            <translation>Case step</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="53" />
            <source>Форма</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="54" />
            <source>Декларація про доходи</source>
            <translation>Income declaration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="55" />
            <source>Рішення</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="56" />
            <source>Договір</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="57" />
            <source>Індивідуальний план</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="58" />
            <source>Надана послуга</source>
            <translation>Service provided</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="59" />
            <source>Надрукований документ</source>
            <translation>Printed document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="60" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="61" />
            <source>Робоче місце</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="62" />
            <location filename="../../socdesk/ui/admin/conflicts.py" line="74" />
            <source>Працівник</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="66" />
            <source>Назва</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="67" />
            <source>Адреса</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="68" />
            <source>Мета й обсяг</source>
            <translation>Purpose and scope</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="69" />
            <source>Дата згоди</source>
            <translation>Date of consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="70" />
            <source>Дата відкликання</source>
            <translation>Date withdrawn</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="71" />
            <source>Роль</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="72" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="73" />
            <source>Номер</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="75" />
            <source>Примітка</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="97" />
            <source>Запис</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="98" />
            <source>Поле</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="99" />
            <source>Поточне значення</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="100" />
            <source>Інше значення</source>
            <translation>Other value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="126" />
            <source>Особа (запис не знайдено)</source>
            <translation>Person (record not found)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="150" />
            <source>Зміну поля «{field}» ({who}) зроблено до знищення даних і не застосовано; якщо значення правильне, введіть його знову.</source>
            <translation>The change of the field “{field}” ({who}) was made before the data was erased and was not applied; if the value is right, enter it again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="155" />
            <source>Дані знищено</source>
            <translation>Data erased</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="178" />
            <source>невідомо хто</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="196" />
            <source>Такої дати немає. Введіть її як ДД.ММ.РРРР.</source>
            <translation>There is no such date. Type it as DD.MM.YYYY.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="209" />
            <source>Ввести правильне значення</source>
            <translation>Type the right value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="214" />
            <source>Запис:</source>
            <translation>Record:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="239" />
            <source>SocDesk — конфлікти синхронізації</source>
            <translation>SocDesk — sync conflicts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="241" />
            <source>Ці поля змінили на двох робочих місцях, не знаючи одне про одне. У записі зараз поточне значення; інше збережено лише тут. Виберіть правильне або введіть своє: рішення отримають усі робочі місця.</source>
            <translation>These fields were changed at two workplaces, neither knowing of the other. The record now holds the current value; the other one is kept only here. Choose the right one or type your own: every workplace will receive the decision.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="256" />
            <source>Конфліктів немає.</source>
            <translation>There are no conflicts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="258" />
            <source>Залишити поточне</source>
            <translation>Keep the current value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="259" />
            <source>Взяти інше</source>
            <translation>Take the other value</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="260" />
            <source>Ввести значення…</source>
            <translation>Type a value…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="269" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/conflicts.py" line="278" />
            <source>Розв’язувати конфлікти може лише координатор; тут їх можна переглянути.</source>
            <translation>Only a coordinator may settle conflicts; here you can look at them.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="45" />
            <source>Введіть адресу сервера, яку дав координатор, напр. https://socdesk.gromada.gov.ua.</source>
            <translation>Enter the server address the coordinator gave you, e.g. https://socdesk.gromada.gov.ua.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="50" />
            <source>Адреса має починатися з https:// (або http:// у місцевій мережі), напр. https://socdesk.gromada.gov.ua.</source>
            <translation>The address must start with https:// (or http:// on a local network), e.g. https://socdesk.gromada.gov.ua.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="56" />
            <source>В адресі сервера не може бути пропусків. Перевірте її.</source>
            <translation>The server address cannot contain spaces. Please check it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="64" />
            <source>Введіть код підключення від координатора, напр. ABCD-EFGH.</source>
            <translation>Enter the connection code from the coordinator, e.g. ABCD-EFGH.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="66" />
            <source>Код набрано українськими літерами. Перемкніть розкладку на англійську (латиницю) і введіть код знову.</source>
            <translation>The code was typed in Ukrainian letters. Switch the keyboard layout to English (Latin) and type the code again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="72" />
            <source>Код складається з латинських літер і цифр, напр. ABCD-EFGH.</source>
            <translation>The code consists of Latin letters and digits, e.g. ABCD-EFGH.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="83" />
            <source>Підключення до сервера</source>
            <translation>Connect to server</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="85" />
            <source>Комп’ютер, підключений до сервера громади, сам надсилає свої зміни й отримує зміни інших робочих місць свого округу. Адресу сервера й одноразовий код підключення дає координатор (код діє добу й лише один раз).</source>
            <translation>A computer connected to the community's server sends its changes and receives the changes of the other workplaces of its district by itself. The coordinator gives you the server address and a one-time connection code (the code is valid for a day and only once).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="101" />
            <source>Адреса сервера:</source>
            <translation>Server address:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="102" />
            <source>Код підключення:</source>
            <translation>Connection code:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="109" />
            <source>Підключити</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="114" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="132" />
            <source>Цей комп’ютер</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="136" />
            <source>Відключити від сервера…</source>
            <translation>Disconnect from server…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="151" />
            <source>Підключено до %1, робоче місце «%2».</source>
            <translation>Connected to %1, workplace “%2”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="157" />
            <source>Цей комп’ютер не підключено до сервера.</source>
            <translation>This computer is not connected to a server.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="187" />
            <source>Підключаюся…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="208" />
            <source>усі округи громади</source>
            <translation>all districts of the community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="210" />
            <source>жодного округу</source>
            <translation>no district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="212" />
            <source>Підключено до %1.
Робоче місце: %2.
Округи: %3.
Перша синхронізація почнеться зараз; її хід видно в рядку стану.</source>
            <translation>Connected to %1.
Workplace: %2.
Districts: %3.
The first sync starts now; its progress shows in the status bar.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="239" />
            <source>Відключити від сервера</source>
            <translation>Disconnect from server</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="240" />
            <source>Відключити цей комп’ютер від сервера? Синхронізація припиниться; зміни, ще не надіслані на сервер, лишаться тут. Щоб підключити його знову, потрібен новий код від координатора.</source>
            <translation>Disconnect this computer from the server? Sync will stop; changes not yet sent to the server stay here. To connect it again you need a new code from the coordinator.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/connect.py" line="256" />
            <source>Комп’ютер відключено від сервера.</source>
            <translation>The computer has been disconnected from the server.</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="28" />
            <source>оцінити потреби</source>
            <translation>assess the needs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="29" />
            <source>подати акт оцінки</source>
            <translation>file the assessment act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="30" />
            <source>ухвалити рішення</source>
            <translation>decide</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="31" />
            <source>рішення екстрено (кризово)</source>
            <translation>urgent (crisis) decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="32" />
            <source>вручити рішення</source>
            <translation>hand over the decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="33" />
            <source>рішення (воєнний стан)</source>
            <translation>decision (martial law)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="34" />
            <source>переглянути план, повторно оцінити</source>
            <translation>review the plan, re-assess</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="35" />
            <source>договір закінчується</source>
            <translation>the contract expires</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="38" />
            <source>ПРОСТРОЧЕНО</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="39" />
            <source>сьогодні</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="40" />
            <source>цього тижня</source>
            <translation>this week</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/lead.py" line="41" />
            <source>пізніше</source>
            <translation>later</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="43" />
            <source>Строк</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="44" />
            <source>Стан строку</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="45" />
            <source>Що зробити</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="46" />
            <source>Справа</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="47" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="48" />
            <source>Округ</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="49" />
            <source>Відповідальний</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="99" />
            <source>Строки за справами</source>
            <translation>Case deadlines</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="105" />
            <source>усі округи робочого місця</source>
            <translation>all the workplace's districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="110" />
            <source>усі працівники</source>
            <translation>all workers</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="113" />
            <source>показати й пізніші</source>
            <translation>show later ones too</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="132" />
            <source>Округ:</source>
            <translation>District:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="134" />
            <source>Працівник:</source>
            <translation>Worker:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="137" />
            <source>Клацніть рядок або натисніть Enter, щоб відкрити справу.</source>
            <translation>Click a row or press Enter to open the case.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="163" />
            <source>Рахую строки…</source>
            <translation>Working out the deadlines…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/deadlines.py" line="189" />
            <source>Прострочено: %1 · на сьогодні: %2 · цього тижня: %3</source>
            <translation>Overdue: %1 · due today: %2 · this week: %3</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../socdesk/ui/names.py" line="21" />
            <source>Журнал обліку отримувачів за період</source>
            <translation>Register of recipients for a period</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="22" />
            <source>Договір з додатками</source>
            <translation>Contract with annexes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="23" />
            <source>Рішення</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="24" />
            <source>Індивідуальний план</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="25" />
            <source>Облікова картка отримувача</source>
            <translation>Recipient registration card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="26" />
            <source>Згода на обробку персональних даних</source>
            <translation>Consent to the processing of personal data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="27" />
            <source>Заява (повідомлення)</source>
            <translation>Application (notice)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="28" />
            <source>Акт наданих послуг за місяць</source>
            <translation>Act of services provided in a month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="29" />
            <source>Акт оцінки потреб сім'ї/особи</source>
            <translation>Needs assessment act (family/person)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="30" />
            <source>Акт обстеження матеріально-побутових умов</source>
            <translation>Living conditions inspection act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="31" />
            <source>Шкала оцінювання елементарних дій</source>
            <translation>Basic activities scale</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="32" />
            <source>Шкала оцінювання складних дій</source>
            <translation>Complex activities scale</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="33" />
            <source>Чинники складних життєвих обставин</source>
            <translation>Factors of difficult life circumstances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="34" />
            <source>Акт про надання послуг екстрено (кризово)</source>
            <translation>Act of urgent (crisis) provision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="54" />
            <source>Бланк: %1</source>
            <translation>Blank form: %1</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="48" />
            <source>звернення</source>
            <translation>request</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="49" />
            <source>оцінювання потреб</source>
            <translation>needs assessment</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="50" />
            <source>комплексне оцінювання</source>
            <translation>comprehensive assessment</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="51" />
            <source>очікує рішення</source>
            <translation>awaiting decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="52" />
            <source>рішення про надання</source>
            <translation>decision to provide</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="53" />
            <source>відмова</source>
            <translation>refusal</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="54" />
            <source>надання послуг</source>
            <translation>services provided</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="55" />
            <source>перегляд плану</source>
            <translation>plan review</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="56" />
            <source>призупинено</source>
            <translation>suspended</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="57" />
            <source>припинено</source>
            <translation>terminated</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="58" />
            <source>екстрено (кризово)</source>
            <translation>urgent (crisis)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="59" />
            <source>закрито</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="136" />
            <source>Відмовити не можна: є загроза життю чи здоров'ю або насильство (ст. 24 Закону «Про соціальні послуги»).</source>
            <translation>Refusal is not allowed: there is a threat to life or health, or violence (Art. 24 of the Law on Social Services).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="143" />
            <source>Укажіть підставу відмови зі ст. 24.</source>
            <translation>State the ground for refusal under Art. 24.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="149" />
            <source>Укажіть підставу припинення зі ст. 24.</source>
            <translation>State the ground for termination under Art. 24.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="156" />
            <source>Закрити звернення можна, якщо заяву відкликано або особа померла.</source>
            <translation>A request can be closed if the application was withdrawn or the person has died.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="162" />
            <source>Складіть індивідуальний план надання послуги.</source>
            <translation>Draw up the individual plan of the service.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="163" />
            <source>Укладіть договір про надання соціальних послуг.</source>
            <translation>Sign the contract for social services.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="168" />
            <source>Завершіть комплексне оцінювання потреб: потрібен його акт.</source>
            <translation>Complete the comprehensive needs assessment: its act is needed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="170" />
            <source>Складіть акт оцінки потреб (усі обов'язкові поля).</source>
            <translation>Draw up the needs assessment act (all required fields).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="189" />
            <source>Зазначте, чому потрібне надання екстрено (кризово).</source>
            <translation>State why urgent (crisis) provision is needed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="198" />
            <source>Без оцінювання рішення ухвалюють лише в умовах воєнного стану для догляду вдома, стаціонарного, паліативного догляду та підтриманого проживання.</source>
            <translation>A decision without assessment is made only under martial law, for home care, residential care, palliative care and supported living.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="216" />
            <source>Зазначте, чому потрібне комплексне оцінювання.</source>
            <translation>State why a comprehensive assessment is needed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="235" />
            <source>Спершу вручіть або надішліть рішення про відмову (3 робочі дні).</source>
            <translation>First hand over or send the refusal decision (3 working days).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="258" />
            <source>Збережіть переглянутий індивідуальний план.</source>
            <translation>Save the revised individual plan.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="272" />
            <source>Укажіть причину призупинення.</source>
            <translation>State the reason for suspension.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="294" />
            <source>Спершу вручіть або надішліть рішення про припинення.</source>
            <translation>First hand over or send the termination decision.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="303" />
            <source>Спершу складіть акт про надання послуг екстрено (кризово).</source>
            <translation>First draw up the act of urgent (crisis) provision.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="312" />
            <source>Закрити можна після акта про надання послуг екстрено (кризово), коли інших потреб немає.</source>
            <translation>The case can be closed after the act of urgent (crisis) provision, when there are no other needs.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="340" />
            <source>Зі стану «%1» не можна перейти до «%2». Можливі кроки: %3.</source>
            <translation>A case cannot move from “%1” to “%2”. Possible steps: %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/cases.py" line="343" />
            <source>немає</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="80" />
            <source>%1 грн</source>
            <translation>UAH %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="173" />
            <source>%1, %2: дохід %3 менший за %4, враховано %4 (п. 5.9 Методики)</source>
            <translation>%1, %2: income %3 is below %4, %4 counted (item 5.9 of the Methodology)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="188" />
            <source>%1: дохід за %2 міс. — %3</source>
            <translation>%1: income over %2 months — %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="195" />
            <source>Сукупний дохід сім'ї за %1 міс.: %2</source>
            <translation>Total family income over %1 months: %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="199" />
            <source>Середньомісячний: %1 ÷ %2 = %3</source>
            <translation>Monthly average: %1 ÷ %2 = %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="207" />
            <source>На одного члена сім'ї: %1 ÷ %2 = %3</source>
            <translation>Per family member: %1 ÷ %2 = %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="249" />
            <source>Прожитковий мінімум для групи особи: %1</source>
            <translation>Subsistence minimum for the person's group: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="251" />
            <source>Дохід на одного члена сім'ї: %1 = %2 прожиткового мінімуму</source>
            <translation>Income per family member: %1 = %2 of the subsistence minimum</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="258" />
            <source>Безоплатно незалежно від доходу: %1</source>
            <translation>Free regardless of income: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="264" />
            <source>%1 ≤ 2 ПМ (%2): безоплатно</source>
            <translation>%1 ≤ 2 SM (%2): free</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="270" />
            <source>%1 &gt; 4 ПМ (%2): платно, за тарифом %3</source>
            <translation>%1 &gt; 4 SM (%2): paid, at the tariff %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="280" />
            <source>2 ПМ (%1) &lt; %2 ≤ 4 ПМ (%3): диференційована плата</source>
            <translation>2 SM (%1) &lt; %2 ≤ 4 SM (%3): differentiated payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="288" />
            <source>Гранична величина: %1 − %2 = %3</source>
            <translation>Limit: %1 − %2 = %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="298" />
            <source>Плата: менше з тарифу (%1) і граничної величини = %2</source>
            <translation>Payment: the lesser of the tariff (%1) and the limit = %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="307" />
            <source>Плата: тариф %1 × %2 ÷ %3 = %4</source>
            <translation>Payment: tariff %1 × %2 ÷ %3 = %4</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="318" />
            <source>послуга надається екстрено (кризово)</source>
            <translation>the service is provided urgently (crisis)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="319" />
            <source>послуга безоплатна для всіх отримувачів</source>
            <translation>the service is free for all recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="320" />
            <source>особа належить до категорії, якій послуги надаються безоплатно</source>
            <translation>the person belongs to a category that receives services free of charge</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="385" />
            <source>%1: «%2» — не число.</source>
            <translation>%1: “%2” is not a number.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="399" />
            <source>%1: число не може бути від'ємним.</source>
            <translation>%1: the number cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/payment.py" line="409" />
            <source>%1: «%2» — не більше двох знаків після коми.</source>
            <translation>%1: “%2” — at most two digits after the decimal point.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="105" />
            <source>пенсія</source>
            <translation>pension</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="106" />
            <source>заробітна плата</source>
            <translation>salary</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="107" />
            <source>державна допомога</source>
            <translation>state allowance</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="108" />
            <source>доходи від підприємницької діяльності</source>
            <translation>business income</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="109" />
            <source>інші доходи</source>
            <translation>other income</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="121" />
            <source>У декларації має бути отримувач і лише один.</source>
            <translation>The declaration must have the recipient, and only one.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="126" />
            <source>Укажіть ПІБ кожного члена сім'ї.</source>
            <translation>Enter the full name of every family member.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="131" />
            <source>Дохід за %1 не входить до шести місяців перед місяцем звернення.</source>
            <translation>Income for %1 is not within the six months before the month of the request.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="141" />
            <source>Сума доходу не може бути від'ємною.</source>
            <translation>An income amount cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="145" />
            <source>Невідомий вид доходу: %1.</source>
            <translation>Unknown income type: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="266" />
            <source>Заповніть декларацію про доходи сім'ї: від доходу залежить, чи буде послуга безоплатною.</source>
            <translation>Fill in the family income declaration: whether the service is free depends on the income.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="276" />
            <source>У картці особи немає дати народження: від неї залежить прожитковий мінімум.</source>
            <translation>The person's card has no date of birth: the subsistence minimum depends on it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/income.py" line="289" />
            <source>Увага: перелік категорій, яким послуги безоплатні, ще не звірено з текстом ст. 28 Закону; перевірте право особи за документом.</source>
            <translation>Note: the list of categories receiving services free of charge has not yet been checked against Art. 28 of the Law; check the person's entitlement against a document.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/duplicates.py" line="44" />
            <source>Особа з таким самим РНОКПП уже є в реєстрі.</source>
            <translation>A person with the same tax number (RNOKPP) is already in the register.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/duplicates.py" line="45" />
            <source>Такий РНОКПП уже записано іншій особі, і ПІБ суттєво відрізняється. Перевірте номер за документом: це може бути помилка в номері.</source>
            <translation>This tax number (RNOKPP) already belongs to another person, and the full name differs a lot. Check the number against a document: it may be a typo.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/duplicates.py" line="50" />
            <source>Особа з тим самим документом і тим самим прізвищем та ім'ям уже є.</source>
            <translation>A person with the same document, surname and given name already exists.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/duplicates.py" line="53" />
            <source>Особа з тим самим прізвищем, ім'ям і датою народження вже є.</source>
            <translation>A person with the same surname, given name and date of birth already exists.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/duplicates.py" line="57" />
            <source>Особа зі схожим ПІБ (різниця до двох літер) і тією самою датою народження вже є.</source>
            <translation>A person with a similar full name (up to two letters different) and the same date of birth already exists.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="50" />
            <source>РНОКПП має складатися з 10 цифр.</source>
            <translation>The tax number (RNOKPP) must have 10 digits.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="55" />
            <source>РНОКПП має неправильну контрольну цифру. Перевірте номер за довідкою або паспортом.</source>
            <translation>The tax number (RNOKPP) has a wrong check digit. Check the number against the certificate or passport.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="104" />
            <source>Дата народження в РНОКПП (%1) не збігається з уведеною (%2). Перевірте обидва значення.</source>
            <translation>The date of birth in the tax number (%1) differs from the one entered (%2). Check both values.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="115" />
            <source>Стать за РНОКПП не збігається з уведеною. Перевірте обидва значення.</source>
            <translation>The sex by the tax number differs from the one entered. Check both values.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="130" />
            <source>Номер телефону неправильний. Введіть його як 067 123 45 67 або +380 67 123 45 67.</source>
            <translation>The phone number is wrong. Enter it as 067 123 45 67 or +380 67 123 45 67.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="162" />
            <source>Номер ID-картки має складатися з 9 цифр.</source>
            <translation>An ID card number must have 9 digits.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="167" />
            <source>Паспорт-книжечка: дві українські літери серії і 6 цифр, наприклад АБ123456.</source>
            <translation>Passport booklet: two Ukrainian series letters and 6 digits, e.g. АБ123456.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="177" />
            <source>Номер документа має бути від 2 до 20 знаків.</source>
            <translation>A document number must have 2 to 20 characters.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="195" />
            <source>УНЗР має формат РРРРММДД-ННННК, наприклад 19800115-01234.</source>
            <translation>The UNZR has the form YYYYMMDD-NNNNC, e.g. 19800115-01234.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="201" />
            <source>Перші 8 цифр УНЗР мають бути датою народження (РРРРММДД).</source>
            <translation>The first 8 digits of the UNZR must be the date of birth (YYYYMMDD).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="206" />
            <source>Дата в УНЗР не збігається з датою народження. Перевірте обидва значення.</source>
            <translation>The date in the UNZR differs from the date of birth. Check both values.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="214" />
            <source>Контрольна цифра УНЗР не збігається. Перевірте номер за документом.</source>
            <translation>The UNZR check digit does not match. Check the number against the document.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="227" />
            <source>Заповніть поле «%1».</source>
            <translation>Fill in the field “%1”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="233" />
            <source>У полі «%1» є латинські літери, схожі на українські. Перевірте розкладку клавіатури: мабуть, «%2».</source>
            <translation>The field “%1” has Latin letters that look like Ukrainian ones. Check the keyboard layout: probably “%2”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="246" />
            <source>Поле «%1» може містити лише українські літери, апостроф, дефіс і пробіл.</source>
            <translation>The field “%1” may contain only Ukrainian letters, the apostrophe, the hyphen and spaces.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/identifiers.py" line="256" />
            <source>Поле «%1» задовге (понад 100 знаків).</source>
            <translation>The field “%1” is too long (over 100 characters).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="22" />
            <source>січні</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="23" />
            <source>лютому</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="24" />
            <source>березні</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="25" />
            <source>квітні</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="26" />
            <source>травні</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="27" />
            <source>червні</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="28" />
            <source>липні</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="29" />
            <source>серпні</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="30" />
            <source>вересні</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="31" />
            <source>жовтні</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="32" />
            <source>листопаді</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="33" />
            <source>грудні</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="65" />
            <source>%1: %2 Формат: %3.</source>
            <translation>%1: %2 Format: %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="79" />
            <source>«%1» — не дата. Напишіть день, місяць і рік: %2.</source>
            <translation>“%1” is not a date. Write the day, month and year: %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="82" />
            <source>«%1» — не дата. Напишіть день, місяць і рік, напр. %2.</source>
            <translation>“%1” is not a date. Write the day, month and year, e.g. %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="96" />
            <source>%1 — рік напишіть чотирма цифрами, напр. %2.</source>
            <translation>%1: write the year with four digits, e.g. %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="109" />
            <source>%1 — такої дати немає: %2.</source>
            <translation>%1: there is no such date: %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="116" />
            <source>місяців лише 12</source>
            <translation>there are only 12 months</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="118" />
            <source>року 0 не буває</source>
            <translation>there is no year 0</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="120" />
            <source>днів з номером 0 не буває</source>
            <translation>there is no day 0</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="130" />
            <source>у лютому %1 року 28 днів</source>
            <translation>February %1 has 28 days</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="131" />
            <source>у лютому %1 року 29 днів</source>
            <translation>February %1 has 29 days</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="133" />
            <source>у %1 30 днів</source>
            <translation>%1 has 30 days</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="133" />
            <source>у %1 31 день</source>
            <translation>%1 has 31 days</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="145" />
            <source>%1: «%2» — не місяць; пишіть %3.</source>
            <translation>%1: “%2” is not a month; write %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="150" />
            <source>%1: місяця «%2» немає; пишіть %3.</source>
            <translation>%1: there is no month “%2”; write %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/dates.py" line="161" />
            <source>Кінець періоду (%1) раніше за його початок (%2); поміняйте дати місцями.</source>
            <translation>The end of the period (%1) is before its start (%2); swap the dates.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="16" />
            <source>Сталася помилка.</source>
            <translation>An error occurred.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="32" />
            <source>Неправильні параметри команди.</source>
            <translation>Wrong command options.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="47" />
            <source>Неправильне ім’я користувача або пароль.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="52" />
            <source>Ця дія доступна лише координатору.</source>
            <translation>Only a coordinator can do this.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="59" />
            <source>Цю зміну користувачів не можна зробити.</source>
            <translation>This change of users cannot be made.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="64" />
            <source>Потрібен пароль. Задайте змінну середовища SOCDESK_PASSWORD або запустіть команду в терміналі.</source>
            <translation>A password is needed. Set the SOCDESK_PASSWORD environment variable or run the command in a terminal.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="78" />
            <source>Не вдається відкрити сховище: ключ не підходить або це не файл SocDesk. Перевірте пароль або ключ відновлення і папку даних.</source>
            <translation>Cannot open the store: the key does not fit or this is not a SocDesk file. Check the password or the recovery key, and the data folder.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="86" />
            <source>У цій папці немає сховища SocDesk. Створіть його (socdesk demo або майстер першого запуску) або вкажіть іншу папку через --data-dir.</source>
            <translation>There is no SocDesk store in this folder. Create one (socdesk demo or the first-run wizard) or name another folder with --data-dir.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="94" />
            <source>Сховище зайняте іншою програмою або іншим вікном SocDesk. Закрийте їх і спробуйте ще раз.</source>
            <translation>The store is in use by another program or another SocDesk window. Close them and try again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="103" />
            <source>Сховище зараз відкрите в SocDesk або іншою командою; замінити його не можна. Закрийте програму SocDesk і дочекайтеся кінця інших команд, тоді повторіть.</source>
            <translation>The store is open in SocDesk or another command; it cannot be replaced. Close SocDesk and wait for other commands to finish, then try again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="111" />
            <source>Сховище доступне лише для читання. Перевірте права доступу до папки даних або перемістіть її на локальний диск.</source>
            <translation>The store is read-only. Check the permissions of the data folder or move it to a local disk.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="119" />
            <source>Файл сховища пошкоджено. Не вносьте змін; відновіть його з резервної копії (socdesk admin restore) і зверніться до координатора.</source>
            <translation>The store file is damaged. Make no changes; restore it from a backup (socdesk admin restore) and contact the coordinator.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="127" />
            <source>Ці дані створено новішою версією SocDesk. Оновіть SocDesk на цьому комп’ютері, щоб відкрити їх.</source>
            <translation>These data were made by a newer version of SocDesk. Update SocDesk on this computer to open them.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="159" />
            <source>Годинник іншого пристрою випереджає цей більш ніж допустимо. Перевірте дату й час на обох комп’ютерах.</source>
            <translation>The other device's clock is ahead of this one by more than allowed. Check the date and time on both computers.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="170" />
            <source>Сервер недоступний. Перевірте підключення до інтернету й адресу сервера; зміни лишаються на цьому комп’ютері й будуть надіслані під час наступної синхронізації.</source>
            <translation>The server cannot be reached. Check the internet connection and the server address; changes stay on this computer and will be sent at the next sync.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="135" />
            <source>На диску не залишилося місця; останню дію не збережено. Звільніть місце на диску (видаліть непотрібні файли) і повторіть дію.</source>
            <translation>The disk is full; the last action was not saved. Free some space on the disk (delete files you do not need) and repeat the action.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="144" />
            <source>Цей файл не є резервною копією SocDesk або пошкоджений.</source>
            <translation>This file is not a SocDesk backup, or it is damaged.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="149" />
            <source>Папка даних не порожня. Щоб замінити її вміст демонстраційними даними, додайте --force.</source>
            <translation>The data folder is not empty. To replace its contents with demo data, add --force.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/errors.py" line="181" />
            <source>Сервер не прийняв цей пристрій. Зверніться до координатора, щоб підключити його знову.</source>
            <translation>The server refused this device. Ask the coordinator to connect it again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/people.py" line="107" />
            <source>Прізвище</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/people.py" line="108" />
            <source>Ім’я</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/people.py" line="109" />
            <source>По батькові</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/people.py" line="188" />
            <source>Дата народження має бути між 01.01.1900 і сьогоднішнім днем.</source>
            <translation>The date of birth must be between 01.01.1900 and today.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/people.py" line="230" />
            <source>Особа відмовилася від РНОКПП: укажіть серію і номер паспорта.</source>
            <translation>The person has refused a tax number (RNOKPP): enter the passport series and number.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/people.py" line="236" />
            <source>РНОКПП не вказано. Додайте його, щойно особа надасть довідку.</source>
            <translation>No tax number (RNOKPP) given. Add it as soon as the person brings the certificate.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/recovery.py" line="33" />
            <source>У ключі відновлення не буває знака «%1»: лише латинські літери A–Z і цифри 2–7.</source>
            <translation>A recovery key has no character “%1”: only Latin letters A–Z and digits 2–7.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/recovery.py" line="45" />
            <source>Ключ відновлення має %1 знаки (%2 груп по %3), а введено знаків: %4. Перевірте, чи не пропущено або не повторено групу.</source>
            <translation>A recovery key has %1 characters (%2 groups of %3), and %4 were typed. Check that no group is missing or repeated.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/backup.py" line="39" />
            <source>Це резервна копія іншого сховища (іншого робочого місця), а не цього; її не відновлено. Щоб відкрити її, відновіть її в порожню папку даних: socdesk --data-dir НОВА_ПАПКА admin restore ФАЙЛ.</source>
            <translation>This is a backup of another store (another workplace), not of this one; it was not restored. To open it, restore it into an empty data folder: socdesk --data-dir NEW_FOLDER admin restore FILE.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/backup.py" line="139" />
            <source>Резервна копія пошкоджена: у її описі невідома версія формату.</source>
            <translation>The backup is damaged: its description names an unknown format version.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/backup.py" line="143" />
            <source>Резервну копію створено новішою версією SocDesk. Оновіть SocDesk на цьому комп’ютері.</source>
            <translation>The backup was made by a newer version of SocDesk. Update SocDesk on this computer.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/backup.py" line="151" />
            <source>Резервна копія пошкоджена: у її описі немає версії схеми даних.</source>
            <translation>The backup is damaged: its description has no data schema version.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/backup.py" line="258" />
            <source>Резервна копія пошкоджена: файл сховища в ній порожній.</source>
            <translation>The backup is damaged: the store file in it is empty.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/backup.py" line="269" />
            <source>Резервна копія пошкоджена: перевірка цілісності не пройшла.</source>
            <translation>The backup is damaged: the integrity check failed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/cases.py" line="69" />
            <source>Робочому місцю не задано префікс нумерації справ; його задає координатор.</source>
            <translation>The workplace has no case number prefix; the coordinator sets it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/cases.py" line="102" />
            <source>Зазначте, які послуги просить особа (з Класифікатора соціальних послуг).</source>
            <translation>Choose the services the person asks for (from the Classifier of social services).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/cases.py" line="112" />
            <source>Особи немає в реєстрі: спершу зареєструйте її.</source>
            <translation>The person is not in the register: register them first.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="127" />
            <source>Договір укладають після рішення про надання послуг.</source>
            <translation>A contract is made after the decision to provide services.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="131" />
            <source>Додайте до договору хоча б одну послугу.</source>
            <translation>Add at least one service to the contract.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="135" />
            <source>Строк дії договору має закінчуватися після дня підписання.</source>
            <translation>The contract must end after the day it is signed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="140" />
            <source>Коду «%1» немає в Класифікаторі соціальних послуг.</source>
            <translation>There is no code “%1” in the Classifier of social services.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="148" />
            <source>Послуга %1: обсяг має бути більшим за нуль.</source>
            <translation>Service %1: the volume must be greater than zero.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="153" />
            <source>Послуга %1: вартість не може бути від'ємною.</source>
            <translation>Service %1: the price cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/contracts.py" line="159" />
            <source>Послуга %1: обсяг у договорі (%2 на місяць) більший, ніж в індивідуальному плані (%3); зменште обсяг або спершу перегляньте план.</source>
            <translation>Service %1: the volume in the contract (%2 a month) is greater than in the individual plan (%3); reduce the volume or review the plan first.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/decisions.py" line="120" />
            <source>У справі ще немає рішення.</source>
            <translation>The case has no decision yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/decisions.py" line="123" />
            <source>Рішення не можна вручити раніше, ніж його ухвалено.</source>
            <translation>A decision cannot be delivered before it is made.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="164" />
            <source>Індивідуальний план складають після рішення про надання або під час перегляду.</source>
            <translation>An individual plan is made after the decision to provide services or during a review.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="171" />
            <source>Зазначте хоча б одну мету плану.</source>
            <translation>Enter at least one goal of the plan.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="173" />
            <source>Додайте до плану хоча б один захід.</source>
            <translation>Add at least one measure to the plan.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="176" />
            <source>Дата перегляду плану має бути пізнішою за дату складання.</source>
            <translation>The plan's review date must be later than the date it was made.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="183" />
            <source>Захід %1: коду «%2» немає в Класифікаторі соціальних послуг.</source>
            <translation>Measure %1: there is no code “%2” in the Classifier of social services.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="192" />
            <source>Захід %1: зазначте, що саме робиться і хто відповідає.</source>
            <translation>Measure %1: say what is done and who is responsible.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="199" />
            <source>Захід %1: обсяг не може бути від'ємним.</source>
            <translation>Measure %1: the volume cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="232" />
            <source>+ мета: %1</source>
            <translation>+ goal: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="235" />
            <source>− мета: %1</source>
            <translation>− goal: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="241" />
            <source>+ захід: %1</source>
            <translation>+ measure: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="242" />
            <source>− захід: %1</source>
            <translation>− measure: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/casework/plans.py" line="246" />
            <source>перегляд: %1 → %2</source>
            <translation>review: %1 → %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/centre.py" line="95" />
            <location filename="../../socdesk/store/printing.py" line="95" />
            <location filename="../../socdesk/store/territory.py" line="331" />
            <source>Робоче місце ще не налаштовано.</source>
            <translation>The workplace is not set up yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/conflicts.py" line="32" />
            <source>Значення зміни, зробленої до знищення даних, не збережено. Якщо воно правильне, введіть його знову.</source>
            <translation>The value of a change made before the data was erased is not kept. If it is right, enter it again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/conflicts.py" line="105" />
            <source>Цей конфлікт уже розв'язано на іншому місці або щойно.</source>
            <translation>This conflict has already been resolved elsewhere or just now.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/conflicts.py" line="116" />
            <source>Таке значення не підходить для цього поля.</source>
            <translation>This value does not fit this field.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/consents.py" line="137" />
            <source>Дата згоди не може бути пізнішою за сьогодні.</source>
            <translation>The date of consent cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/consents.py" line="141" />
            <source>Укажіть, на що надано згоду (мету й обсяг даних).</source>
            <translation>Say what the consent covers (the purpose and the data).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/consents.py" line="162" />
            <source>Дата відкликання згоди не може бути пізніше сьогоднішньої.</source>
            <translation>The date the consent was withdrawn cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/consents.py" line="170" />
            <source>Дата відкликання згоди не може бути раніше дати надання згоди.</source>
            <translation>The date the consent was withdrawn cannot be earlier than the date it was given.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="74" />
            <source>У цій папці вже є сховище SocDesk; нове не створено.</source>
            <translation>This folder already holds a SocDesk store; no new one was made.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="198" />
            <location filename="../../socdesk/store/database.py" line="470" />
            <location filename="../../socdesk/store/database.py" line="473" />
            <source>Ключ відновлення не підходить.</source>
            <translation>The recovery key does not fit.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="360" />
            <source>Користувач «%1» уже є; виберіть інше ім’я для входу.</source>
            <translation>User “%1” already exists; choose another sign-in name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="384" />
            <source>Користувача вимкнено; спершу увімкніть його з новим паролем.</source>
            <translation>The user is disabled; first enable them with a new password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="395" />
            <source>Не можна вимкнути себе; попросіть іншого координатора.</source>
            <translation>You cannot disable yourself; ask another coordinator.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="484" />
            <source>Користувача «%1» немає.</source>
            <translation>There is no user “%1”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/database.py" line="496" />
            <source>Має залишитися хоча б один увімкнений координатор: він керує користувачами.</source>
            <translation>At least one enabled coordinator must remain: they manage the users.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/errors.py" line="42" />
            <source>Помилка читання або запису диска. Перевірте, що папка даних на локальному диску і диск справний; зміни не збережено.</source>
            <translation>A disk read or write error. Check that the data folder is on a local disk and the disk is healthy; changes were not saved.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/errors.py" line="50" />
            <source>Не вдається відкрити файл сховища. Перевірте, що папка даних існує і доступна для запису.</source>
            <translation>Cannot open the store file. Check that the data folder exists and can be written to.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/forms.py" line="124" />
            <source>Акт уже завершено і не змінюється. Щоб виправити його, створіть нову версію із зазначенням причини.</source>
            <translation>The act is completed and does not change. To correct it, make a new version and give the reason.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/forms.py" line="140" />
            <source>Акт уже завершено.</source>
            <translation>The act is already completed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/forms.py" line="147" />
            <source>Не заповнено обов'язкові поля: %1.</source>
            <translation>Required fields are empty: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/forms.py" line="169" />
            <source>Укажіть причину виправлення завершеного акта.</source>
            <translation>Give the reason for correcting the completed act.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/forms.py" line="174" />
            <source>Виправляють лише завершений акт; чернетку можна змінити.</source>
            <translation>Only a completed act is corrected; a draft can simply be changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/households.py" line="87" />
            <source>У домогосподарстві вже є голова: %1. Щоб головою стала інша особа, скористайтеся «Зробити головою»: попередній голова залишиться членом домогосподарства.</source>
            <translation>The household already has a head: %1. To make another person the head, use “Make head”: the previous head stays a member of the household.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="89" />
            <location filename="../../socdesk/store/keys.py" line="91" />
            <source>Ключ відновлення введено з помилкою.</source>
            <translation>The recovery key was typed with a mistake.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="129" />
            <source>Поруч зі сховищем немає файлу ключів socdesk.keys. Відновіть папку даних з резервної копії: файл ключів входить до неї.</source>
            <translation>The key file socdesk.keys is missing next to the store. Restore the data folder from a backup: the key file is part of it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="136" />
            <source>Файл ключів socdesk.keys пошкоджено.</source>
            <translation>The key file socdesk.keys is damaged.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="138" />
            <source>Файл socdesk.keys не належить SocDesk.</source>
            <translation>The file socdesk.keys does not belong to SocDesk.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="141" />
            <source>Файл ключів створено новішою версією SocDesk. Оновіть SocDesk на цьому комп’ютері.</source>
            <translation>The key file was made by a newer version of SocDesk. Update SocDesk on this computer.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="248" />
            <source>Для цього сховища немає ключа відновлення.</source>
            <translation>This store has no recovery key.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/keys.py" line="253" />
            <source>Ключ відновлення не підходить до цього сховища.</source>
            <translation>The recovery key does not fit this store.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/merge.py" line="73" />
            <source>Запис не можна об'єднати з самим собою.</source>
            <translation>A record cannot be merged with itself.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/merge.py" line="179" />
            <source>Одного із записів немає в реєстрі.</source>
            <translation>One of the records is not in the register.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/merge.py" line="181" />
            <source>Один із записів видалено; його не можна об'єднати.</source>
            <translation>One of the records was deleted; it cannot be merged.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/merge.py" line="184" />
            <source>Один із записів уже об'єднано з іншим; оберіть той, що лишився.</source>
            <translation>One of the records was already merged into another; choose the one that remains.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/migrate.py" line="40" />
            <source>Не вдалося оновити структуру сховища; дані залишилися без змін. Зверніться до координатора і передайте йому журнал програми.</source>
            <translation>The store's structure could not be updated; the data are unchanged. Contact the coordinator and give them the program's log.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/migrate.py" line="170" />
            <source>Після оновлення структури порушено посилань між записами: %1; зміни скасовано, дані без змін. Зверніться до координатора.</source>
            <translation>After the structure update, links between records were broken: %1; the changes were undone and the data are unchanged. Contact the coordinator.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/printing.py" line="87" />
            <source>Логотип завеликий: до 200 КБ (PNG або JPEG).</source>
            <translation>The logo is too large: up to 200 KB (PNG or JPEG).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/printing.py" line="91" />
            <source>Логотип має бути зображенням PNG або JPEG.</source>
            <translation>The logo must be a PNG or JPEG image.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/redirects.py" line="37" />
            <source>Ланцюжок об'єднань записів зациклився; зверніться до координатора.</source>
            <translation>The chain of merged records loops; contact the coordinator.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/service_log.py" line="115" />
            <source>Рядок %1: справи немає.</source>
            <translation>Line %1: there is no such case.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/service_log.py" line="119" />
            <source>Рядок %1: за справою %2 послуги зараз не надаються (спершу план і договір, або справа призупинена чи закрита).</source>
            <translation>Line %1: services are not being provided under case %2 now (a plan and a contract come first, or the case is suspended or closed).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/service_log.py" line="132" />
            <source>Рядок %1: послуги %2 немає в Класифікаторі.</source>
            <translation>Line %1: there is no service %2 in the Classifier.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/service_log.py" line="138" />
            <source>Рядок %1: дата надання не може бути в майбутньому.</source>
            <translation>Line %1: the date of the service cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/service_log.py" line="142" />
            <source>Рядок %1: кількість має бути більшою за нуль, до сотих.</source>
            <translation>Line %1: the quantity must be greater than zero, to hundredths.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/territory.py" line="156" />
            <source>Населений пункт «%1» додано вручну: позначте, до якого старостинського округу він належить.</source>
            <translation>The settlement “%1” was added by hand: mark which starosta district it belongs to.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/territory.py" line="283" />
            <source>Спершу налаштуйте громаду робочого місця.</source>
            <translation>Set up the workplace's community first.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/territory.py" line="287" />
            <source>Укажіть старостинський округ населеного пункту «%1».</source>
            <translation>Choose the starosta district of the settlement “%1”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/territory.py" line="310" />
            <source>Префікс нумерації справ — великі літери й цифри, до 6 знаків, за потреби з дефісом і номером робочого місця, напр. ІЗМ або ІЗМ-2.</source>
            <translation>A case number prefix is capital letters and digits, up to 6 characters, with a hyphen and the workplace's number if needed, e.g. ІЗМ or ІЗМ-2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/receipts.py" line="144" />
            <source>Номер квитанції «%1» не схожий на номер: до %2 знаків, цифри, літери, дефіс чи скісна риска (наприклад, 000123 або КВ-123/4).</source>
            <translation>The receipt number “%1” does not look like one: up to %2 characters, digits, letters, a hyphen or a slash (for example, 000123 or КВ-123/4).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/receipts.py" line="171" />
            <source>Сплачено</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/receipts.py" line="176" />
            <source>Укажіть дату оплати.</source>
            <translation>Enter the date of payment.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/receipts.py" line="179" />
            <source>Дата оплати не може бути в майбутньому.</source>
            <translation>The date of payment cannot be in the future.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/receipts.py" line="183" />
            <source>Укажіть номер квитанції (платіжного документа).</source>
            <translation>Enter the receipt (payment document) number.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/payments.py" line="113" />
            <source>Договору немає (його видалено?).</source>
            <translation>There is no such contract (was it deleted?).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/payments.py" line="118" />
            <source>Договір %1 підписано %2; за %3 плати за ним немає.</source>
            <translation>Contract %1 was signed on %2; nothing is paid under it for %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/payments.py" line="127" />
            <source>Дата оплати раніша за день підписання договору.</source>
            <translation>The payment date is before the day the contract was signed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/district_access.py" line="26" />
            <source>Фахівець бачить платежі й звіти лише своїх старостинських округів; звіт за інші округи чи за всю громаду складає координатор або керівник.</source>
            <translation>A specialist sees payments and reports of their own starosta districts only; a report for other districts or the whole community is made by a coordinator or a head.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="26" />
            <source>Згода особи</source>
            <translation>The person's consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="27" />
            <source>Без згоди: захист життєво важливих інтересів особи (загроза життю чи здоров’ю)</source>
            <translation>Without consent: protecting the person's vital interests (a threat to life or health)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="30" />
            <source>Без згоди: охорона здоров’я (обробка медичним працівником)</source>
            <translation>Without consent: health care (processing by a medical worker)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="33" />
            <source>Без згоди: рішення суду або запит правоохоронного органу</source>
            <translation>Without consent: a court decision or a law-enforcement request</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="38" />
            <source>Згоду відкликано %1: обробка даних, якої не вимагає закон, припинена (нові оцінювання, розсилки, передання іншим). Облік уже наданих послуг і звітність зберігаються.</source>
            <translation>Consent withdrawn on %1: processing the law does not require has stopped (new assessments, mailings, passing data to others). The record of services already provided and reporting are kept.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="51" />
            <source>Такої правової підстави обробки немає в переліку закону.</source>
            <translation>The law's list has no such legal ground for processing.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="64" />
            <source>Посилання на підписану згоду задовге: не більше 120 символів. Укажіть коротко номер у справі або назву скану.</source>
            <translation>The reference to the signed consent is too long: at most 120 characters. Give the file number or the scan's name briefly.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="79" />
            <source>Укажіть підписану згоду на папері: її номер у справі або назву скану.</source>
            <translation>Name the signed paper consent: its number in the file or the name of its scan.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="91" />
            <source>Опишіть підставу: чиє рішення чи запит, номер і дату.</source>
            <translation>Describe the ground: whose decision or request, its number and date.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="111" />
            <source>Особа відкликала згоду на обробку даних %1: нове оцінювання чи анкетування без згоди не проводять. Запишіть на картці особи нову згоду або правову підставу обробки, тоді повторіть.</source>
            <translation>The person withdrew consent to the processing of their data on %1: no new assessment or survey is made without consent. Record a new consent or a legal ground for processing on the person's card, then try again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="117" />
            <source>Особа відкликала згоду на обробку даних %1: нове звернення від її імені без згоди не реєструють (повідомлення про особу в складних життєвих обставинах і екстрений випадок реєструють). Запишіть на картці особи нову згоду або правову підставу обробки.</source>
            <translation>The person withdrew consent to the processing of their data on %1: no new appeal on their behalf is registered without consent (a notice about a person in difficult circumstances and an urgent case are registered). Record a new consent or a legal ground for processing on the person's card.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="123" />
            <source>Особа відкликала згоду на обробку даних %1: її дані не передають іншим. Запишіть на картці особи нову згоду або правову підставу обробки, тоді повторіть експорт.</source>
            <translation>The person withdrew consent to the processing of their data on %1: their data is not handed to others. Record a new consent or a legal ground for processing on the person's card, then export again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/consent.py" line="128" />
            <source>Особа відкликала згоду на обробку даних %1: документ, що передає її дані іншому надавачеві чи органу, без згоди не друкують. Запишіть на картці особи нову згоду або правову підставу обробки (рішення суду, запит органу), тоді повторіть друк.</source>
            <translation>The person withdrew consent to data processing on %1: a document passing their data to another provider or body is not printed without consent. Record a new consent or a legal ground for processing (a court decision, a body's request) on the person's card, then print again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/audit_seal.py" line="180" />
            <source>Журнал дій змінено поза SocDesk: запис %1 не відповідає своєму підпису. Повідомте координатора і не видаляйте сховище: воно потрібне для перевірки.</source>
            <translation>The audit log was changed outside SocDesk: entry %1 does not match its signature. Tell the coordinator and do not delete the store: it is needed for the investigation.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/audit_seal.py" line="191" />
            <source>Журнал дій переписано поза SocDesk: його записи не ті, що були засвідчені. Повідомте координатора і не видаляйте сховище: воно потрібне для перевірки.</source>
            <translation>The audit log was rewritten outside SocDesk: its entries are not the ones that were attested. Tell the coordinator and do not delete the store: it is needed for the investigation.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/audit_seal.py" line="198" />
            <source>Журнал дій обрізано або видалено: бракує записів до %1 включно, які в ньому були. Повідомте координатора і не видаляйте сховище: воно потрібне для перевірки.</source>
            <translation>The audit log was cut or deleted: entries up to and including %1 that it had are missing. Tell the coordinator and do not delete the store: it is needed for the investigation.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/autobackup.py" line="63" />
            <source>Зберігати можна від 1 до 100 автоматичних копій.</source>
            <translation>Keep from 1 to 100 automatic backups.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/autobackup.py" line="68" />
            <source>Вкажіть повний шлях до теки резервних копій.</source>
            <translation>Give the full path of the backup folder.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/subject_access.py" line="42" />
            <source>Особи з таким id у сховищі немає (див. socdesk find).</source>
            <translation>The store has no person with this id (see socdesk find).</translation>
        </message>
        <message>
            <location filename="../../socdesk/sync/admin.py" line="28" />
            <source>Адмініструвати сервер можна лише з комп’ютера координатора — підключеного до всіх округів громади. Цей комп’ютер підключено лише до своїх округів.</source>
            <translation>The server can be administered only from the coordinator's computer — one connected to all the community's districts. This computer is connected to its own districts only.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="29" />
            <source>Прожиткові мінімуми</source>
            <translation>Subsistence minimums</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="30" />
            <source>Правила оплати послуг</source>
            <translation>Payment rules for services</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="31" />
            <source>Форма (акт, анкета)</source>
            <translation>Form (act, questionnaire)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="32" />
            <source>Календар: перенесення робочих і вихідних днів</source>
            <translation>Calendar: working days and days off moved</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="33" />
            <source>Строки за законом</source>
            <translation>Legal deadlines</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="64" />
            <source>Невідомий вид довідкових даних «%1». Можливі: %2.</source>
            <translation>Unknown kind of reference data «%1». Possible kinds: %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="71" />
            <location filename="../../socdesk/domain/refdocs.py" line="83" />
            <source>немає поля %1</source>
            <translation>there is no field %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="84" />
            <source>неправильне значення (%1)</source>
            <translation>a wrong value (%1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/refdocs.py" line="106" />
            <source>Документ «%1» не прийнято: %2. Виправте файл і спробуйте знову.</source>
            <translation>The document «%1» was not accepted: %2. Correct the file and try again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/retention.py" line="48" />
            <source>знеособлення після строку зберігання</source>
            <translation>anonymisation after the retention period</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/retention.py" line="49" />
            <source>виправлення даних</source>
            <translation>rectification of data</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/retention.py" line="50" />
            <source>знищення незаконно оброблюваних даних</source>
            <translation>erasure of unlawfully processed data</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/sensitive.py" line="57" />
            <source>здоров’я</source>
            <translation>health</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/sensitive.py" line="58" />
            <source>інвалідність</source>
            <translation>disability</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/sensitive.py" line="59" />
            <source>насильство</source>
            <translation>violence</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/sensitive.py" line="60" />
            <source>залежності</source>
            <translation>addictions</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/sensitive.py" line="127" />
            <source>Приховано: чутливі дані (%1).</source>
            <translation>Hidden: sensitive data (%1).</translation>
        </message>
        <message>
            <location filename="../../socdesk/domain/sensitive.py" line="137" />
            <source>Опишіть, навіщо вам ці чутливі дані (щонайменше %1 символів): наприклад, «заміщую відсутнього фахівця на екстреному виклику».</source>
            <translation>Describe why you need these sensitive data (at least %1 characters): for example, “standing in for an absent specialist on an emergency call”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/erasure.py" line="85" />
            <source>Вкажіть підставу: вона записується в журнал дій (без самих даних).</source>
            <translation>State the reason: it is written to the audit log (without the data itself).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/refdocs.py" line="143" />
            <source>Файлу %1 немає. Перевірте шлях.</source>
            <translation>There is no file %1. Check the path.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/refdocs.py" line="147" />
            <source>Не вдалося прочитати файл %1: %2.</source>
            <translation>Could not read the file %1: %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/refdocs.py" line="151" />
            <location filename="../../socdesk/store/refdocs.py" line="156" />
            <source>Файл %1 не є документом довідкових даних (JSON).</source>
            <translation>The file %1 is not a reference data document (JSON).</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/refdocs.py" line="186" />
            <source>Версія %1 не новіша за наявну %2. Збільште номер версії у файлі (поле version), щоб опублікувати нову.</source>
            <translation>Version %1 is not newer than the existing %2. Increase the version number in the file (the version field) to publish a new one.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/retention.py" line="86" />
            <source>Строк зберігання — ціле число років від 1 до 100.</source>
            <translation>The retention period is a whole number of years from 1 to 100.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/retention.py" line="90" />
            <source>Вкажіть джерело строку: номенклатуру справ центру чи інший документ.</source>
            <translation>State where the period comes from: the centre's nomenclature of files or another document.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/sensitive.py" line="64" />
            <source>Перелік доступів до чутливих даних переглядає координатор або керівник.</source>
            <translation>The list of accesses to sensitive data is for the coordinator or the head.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/sensitive.py" line="68" />
            <source>Увійдіть під своїм іменем користувача: доступ з обґрунтуванням записують на працівника.</source>
            <translation>Sign in with your own user name: an access with a reason is recorded for a worker.</translation>
        </message>
        <message>
            <location filename="../../socdesk/store/sensitive.py" line="288" />
            <source>Дані особи містять чутливі відомості (здоров’я, інвалідність, насильство, залежності), а ви не працюєте з її справою. Відкрийте акт і натисніть «Переглянути з обґрунтуванням…» або зверніться до відповідального фахівця.</source>
            <translation>The person's data contain sensitive details (health, disability, violence, addictions), and you do not work on their case. Open the act and press “View with a reason…”, or ask the responsible specialist.</translation>
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
        <name>Erasure</name>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="71" />
            <source>Відмінки імені</source>
            <translation>Name forms</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="72" />
            <source>усі дані особи</source>
            <translation>all the person's data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="74" />
            <source>Виправляти й знищувати дані особи може лише координатор.</source>
            <translation>Only a coordinator may rectify or erase a person's data.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="75" />
            <source>Це робоче місце працює лише з частиною округів, і сервер не прийме звідси виправлення чи знищення даних. Зробіть це на робочому місці координатора для всіх округів.</source>
            <translation>This workplace serves only some districts, and the server will not accept a rectification or erasure from it. Do it at the coordinator's workplace for every district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="80" />
            <source>Старі значення буде знищено назавжди: з історії змін, конфліктів синхронізації, журналу змін і резервних копій — на цьому комп’ютері одразу, на інших робочих місцях і на сервері після синхронізації. У журналі дій залишиться лише, які поля, коли і чому, без самих значень. Скасувати це неможливо.</source>
            <translation>The old values will be destroyed for good: from the change history, sync conflicts, the change log and backups — on this computer at once, at other workplaces and on the server after sync. The audit log keeps only which fields, when and why, without the values. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="117" />
            <source>%1 — %2 (%3). Підстава: %4</source>
            <translation>%1 — %2 (%3). Grounds: %4</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="152" />
            <source>Виправити дані…</source>
            <translation>Rectify data…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="154" />
            <source>Знищити незаконно оброблювані дані…</source>
            <translation>Erase unlawfully processed data…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="179" />
            <source>Знеособлення, виправлення й знищення даних:</source>
            <translation>Anonymisation, rectification and erasure of data:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="184" />
            <source>Спершу збережіть картку.</source>
            <translation>Save the card first.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="196" />
            <source>Картку змінено: спершу збережіть зміни або закрийте картку без збереження, а тоді виправляйте чи знищуйте дані.</source>
            <translation>The card was changed: first save the changes or close the card without saving, then rectify or erase data.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="257" />
            <source>напр. заява особи від 01.12.2026 № 15; рішення суду від …</source>
            <translation>e.g. the person's request of 01.12.2026 No. 15; a court decision of …</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="261" />
            <source>&amp;Підстава:</source>
            <translation>&amp;Grounds:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="291" />
            <source>Позначте хоча б одне поле.</source>
            <translation>Tick at least one field.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="294" />
            <source>Напишіть підставу, щонайменше %1 символів: чия заява чи яке рішення, їхні номер і дата. Її буде записано в журнал дій.</source>
            <translation>Write the grounds, at least %1 characters: whose request or which decision, with its number and date. They are written to the audit log.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="301" />
            <source>Дата не може бути пізнішою за сьогоднішню.</source>
            <translation>The date cannot be later than today.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="315" />
            <source>Старі значення буде знищено назавжди, на інших робочих місцях — після синхронізації. Скасувати це неможливо.</source>
            <translation>The old values will be destroyed for good, at other workplaces after sync. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="350" />
            <source>Знищення незаконно оброблюваних даних — %1</source>
            <translation>Erasure of unlawfully processed data — %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="351" />
            <source>Позначте дані, які обробляються незаконно: вони стануть порожніми в картці.</source>
            <translation>Tick the data processed unlawfully: they become empty on the card.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="355" />
            <source>Зни&amp;щити…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="356" />
            <source>&amp;Дата знищення:</source>
            <translation>&amp;Date of erasure:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="357" />
            <source>Знищити дані особи «%1»: %2?</source>
            <translation>Erase the data of “%1”: %2?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="371" />
            <source>Виправлення даних — %1</source>
            <translation>Rectification of data — %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="372" />
            <source>Позначте неправдиві дані й уведіть правильні значення: їх буде записано замість неправдивих.</source>
            <translation>Tick the wrong data and type the correct values: they are recorded in place of the wrong ones.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="377" />
            <source>&amp;Виправити…</source>
            <translation>&amp;Rectify…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="378" />
            <source>&amp;Дата виправлення:</source>
            <translation>&amp;Date of rectification:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="379" />
            <source>Виправити дані особи «%1»: %2?</source>
            <translation>Rectify the data of “%1”: %2?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="442" />
            <source>Нове значення таке саме, як записане (%1): зніміть позначку або уведіть правильне.</source>
            <translation>The new value is the same as the one recorded (%1): untick it or type the correct one.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="458" />
            <source>«%1»: уведіть правильне значення. Щоб лише прибрати неправдиве, скористайтеся знищенням даних.</source>
            <translation>“%1”: type the correct value. To only remove a wrong one, use erasure of data.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/erasure.py" line="473" />
            <source>РНОКПП у картці не позначено як відомий: додайте номер звичайним редагуванням картки.</source>
            <translation>The card does not mark the РНОКПП as known: add the number by editing the card as usual.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../socdesk/ui/app.py" line="38" />
            <source>SocDesk — внутрішня помилка</source>
            <translation>SocDesk — internal error</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/app.py" line="40" />
            <source>Сталася внутрішня помилка. Збережені дані в безпеці; незбережену картку SocDesk відновить із чернетки. Можна працювати далі.</source>
            <translation>An internal error occurred. Saved data is safe; SocDesk restores an unsaved card from its draft. You can carry on working.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/app.py" line="47" />
            <source>Повідомте координатора: що ви робили, і передайте звіт (кнопка «Копіювати звіт») або файл журналу з папки %1.</source>
            <translation>Tell your coordinator what you were doing and pass on the report (the “Copy report” button) or the log file from the folder %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/app.py" line="55" />
            <source>Копіювати звіт</source>
            <translation>Copy report</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="38" />
            <source>Громада</source>
            <translation>Community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="40" />
            <source>Знайдіть свою територіальну громаду за назвою або кодом КАТОТТГ. Якщо її немає в кодифікаторі, введіть назву вручну.</source>
            <translation>Find your territorial community by name or KATOTTH code. If it is not in the codifier, type its name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="48" />
            <source>Назва громади або код UA…</source>
            <translation>Community name or UA code…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="51" />
            <source>Моєї громади немає в кодифікаторі</source>
            <translation>My community is not in the codifier</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="54" />
            <source>Ізюмська міська територіальна громада</source>
            <translation>Izium city territorial community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="65" />
            <source>Пошук:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="68" />
            <source>Назва для документів:</source>
            <translation>Name on documents:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="87" />
            <source>%1 територіальна громада</source>
            <translation>%1 territorial community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="118" />
            <source>Старостинські округи</source>
            <translation>Starosta districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="120" />
            <source>Додайте округи, які обслуговує це робоче місце, і позначте населені пункти кожного округу.</source>
            <translation>Add the districts this workplace serves and tick the settlements of each district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="128" />
            <source>Назва округу, напр. Бабенківський</source>
            <translation>District name, e.g. Babenkivskyi</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="129" />
            <source>Додати округ</source>
            <translation>Add district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="130" />
            <source>Вилучити округ</source>
            <translation>Remove district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="137" />
            <source>Населений пункт, якого немає в списку</source>
            <translation>A settlement missing from the list</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="138" />
            <source>Додати населений пункт</source>
            <translation>Add settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="277" />
            <source>Додайте хоча б один старостинський округ.</source>
            <translation>Add at least one starosta district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="279" />
            <source>Позначте населені пункти округу «%1».</source>
            <translation>Tick the settlements of the district “%1”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="281" />
            <source>Позначте, до якого округу належить населений пункт «%1».</source>
            <translation>Tick the district the settlement «%1» belongs to.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="307" />
            <source>Надавач послуг</source>
            <translation>Service provider</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="309" />
            <source>Ці дані друкуються в шапці договорів, планів і актів; їх можна змінити згодом.</source>
            <translation>These details are printed in the header of contracts, plans and acts; you can change them later.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="317" />
            <source>Віддалене робоче місце ФСР, с. Бабенкове</source>
            <translation>Remote workplace, village of Babenkove</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="329" />
            <source>напр. ІЗМ або ІЗМ-2</source>
            <translation>e.g. IZM or IZM-2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="332" />
            <source>Робоче місце:</source>
            <translation>Workplace:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="333" />
            <source>Назва надавача (терцентру, ЦНСП):</source>
            <translation>Provider (territorial centre):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="334" />
            <source>Адреса:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="335" />
            <source>Код ЄДРПОУ:</source>
            <translation>EDRPOU code:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="336" />
            <source>Префікс нумерації справ:</source>
            <translation>Case number prefix:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="357" />
            <source>Код ЄДРПОУ має 8 цифр і правильну контрольну цифру; перевірте його у виписці.</source>
            <translation>An EDRPOU code has 8 digits and a valid check digit; check it against the register extract.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run_pages.py" line="366" />
            <source>Префікс нумерації справ — великі літери й цифри, до 6 знаків, за потреби з дефісом і номером робочого місця, напр. ІЗМ або ІЗМ-2.</source>
            <translation>A case number prefix is capital letters and digits, up to 6, with a hyphen and a workplace number if needed, e.g. ІЗМ or ІЗМ-2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="55" />
            <source>Перший користувач</source>
            <translation>First user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="57" />
            <source>Перший користувач стає координатором: він додає інших користувачів. Пароль відкриває зашифровані дані; запишіть його в надійному місці.</source>
            <translation>The first user becomes the coordinator and adds the other users. The password opens the encrypted data; keep it somewhere safe.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="75" />
            <source>Прізвище та ім’я:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="76" />
            <source>Ім’я для входу:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="77" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="78" />
            <source>Пароль ще раз:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="81" />
            <source>Створити сховище</source>
            <translation>Create store</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="88" />
            <source>Вкажіть прізвище та ім’я користувача.</source>
            <translation>Enter the user's full name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="107" />
            <source>Ім’я для входу — одне слово без пропусків, напр. olena.</source>
            <translation>The login is one word without spaces, e.g. olena.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="110" />
            <source>Пароль має містити щонайменше %1 символів.</source>
            <translation>The password must have at least %1 characters.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="113" />
            <source>Паролі не збігаються; введіть той самий пароль двічі.</source>
            <translation>The passwords differ; type the same password twice.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="123" />
            <source>Ключ відновлення</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="125" />
            <source>Останній крок: збережіть ключ, яким відкривають дані без паролів.</source>
            <translation>Last step: keep the key that opens the data without passwords.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="127" />
            <source>Створюю зашифроване сховище…</source>
            <translation>Creating the encrypted store…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="135" />
            <source>Копіювати</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="136" />
            <source>Зберегти у файл…</source>
            <translation>Save to file…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="137" />
            <source>Друкувати…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="139" />
            <source>Я зберіг(ла) ключ відновлення поза цим комп’ютером</source>
            <translation>I have kept the recovery key away from this computer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="172" />
            <source>Сховище створено. Нижче — ключ відновлення: ним координатор відкриє дані, якщо всі паролі буде забуто. Його показано лише один раз. Збережіть або роздрукуйте його і зберігайте окремо від комп’ютера.</source>
            <translation>The store is created. Below is the recovery key: a coordinator opens the data with it if every password is forgotten. It is shown only once. Save or print it and keep it away from the computer.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="191" />
            <source>Зберегти ключ відновлення</source>
            <translation>Save recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="193" />
            <source>Текстові файли (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="205" />
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
            <location filename="../../socdesk/ui/first_run.py" line="243" />
            <source>SocDesk — перше налаштування</source>
            <translation>SocDesk — first setup</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="299" />
            <source>Не вдалося створити сховище: %1</source>
            <translation>Could not create the store: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/first_run.py" line="301" />
            <source>Не вдалося створити сховище через внутрішню помилку. Закрийте вікно і запустіть SocDesk знову; подробиці — у журналі.</source>
            <translation>Could not create the store because of an internal error. Close the window and start SocDesk again; details are in the log.</translation>
        </message>
    </context>
    <context>
        <name>FormEditor</name>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="11" />
            <source>&amp;Завершити акт</source>
            <translation>&amp;Complete the act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="193" />
            <source>Обов’язкове поле: заповніть його.</source>
            <translation>Required field: fill it in.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="260" />
            <source>Обов’язкове поле</source>
            <translation>Required field</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="355" />
            <source>%1: з’явиться, коли буде обрано всі пункти.</source>
            <translation>%1: shown once every item is chosen.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="410" />
            <source>&amp;Виправити…</source>
            <translation>Co&amp;rrect…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="412" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="421" />
            <source>Форма від %1.</source>
            <translation>Form of %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="427" />
            <source>Версія форми: %1</source>
            <translation>Form version: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="556" />
            <source>Не заповнено обов’язкових полів: %1. Їх позначено червоним.</source>
            <translation>Required fields not filled in: %1. They are marked in red.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="303" />
            <source>Обрати з Класифікатора…</source>
            <translation>Choose from the Classifier…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="404" />
            <source>Оберіть рядок, щоб перейти до поля.</source>
            <translation>Choose a line to go to the field.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="17" />
            <source>Акт завершено і не змінюється; виправлення — нова версія.</source>
            <translation>The act is completed and does not change; a correction is a new version.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="466" />
            <source>Чернетку буде збережено, щойно ви почнете.</source>
            <translation>The draft is saved as soon as you start.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_editor.py" line="485" />
            <source>Чернетку збережено о %1.</source>
            <translation>Draft saved at %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="12" />
            <source>Поля із зірочкою * обов’язкові: без них акт не завершити. Чернетку можна зберігати будь-коли.</source>
            <translation>Fields marked * are required: the act cannot be completed without them. The draft can be saved at any time.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="20" />
            <source>Виправлення акта</source>
            <translation>Correcting the act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="21" />
            <source>Чому виправляєте завершений акт?</source>
            <translation>Why are you correcting the completed act?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="22" />
            <source>Нова версія акта; попередня збережена.</source>
            <translation>A new version of the act; the previous one is kept.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="25" />
            <source>&amp;Завершити анкету</source>
            <translation>&amp;Complete the questionnaire</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="26" />
            <source>Поля із зірочкою * обов’язкові: без них анкету не завершити. Чернетку можна зберігати будь-коли.</source>
            <translation>Fields marked * are required: the questionnaire cannot be completed without them. The draft can be saved at any time.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="31" />
            <source>Анкету завершено і вона не змінюється; виправлення — нова версія.</source>
            <translation>The questionnaire is completed and does not change; a correction is a new version.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="34" />
            <source>Виправлення анкети</source>
            <translation>Correcting the questionnaire</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="35" />
            <source>Чому виправляєте завершену анкету?</source>
            <translation>Why are you correcting the completed questionnaire?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_words.py" line="36" />
            <source>Нова версія анкети; попередня збережена.</source>
            <translation>A new version of the questionnaire; the previous one is kept.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="50" />
            <source>Приховано: чутливі дані (%1). Їх бачать відповідальний фахівець справи, працівники, які надають особі послуги, і керівник.</source>
            <translation>Hidden: sensitive data (%1). They are seen by the case's responsible specialist, the workers who provide the person's services, and the head.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="59" />
            <source>Переглянути з обґрунтуванням…</source>
            <translation>View with a reason…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="108" />
            <source>%1: приховано (чутливі дані).</source>
            <translation>%1: hidden (sensitive data).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="112" />
            <source>Чутливі розділи приховано, тому акт відкрито лише для читання.</source>
            <translation>Sensitive sections are hidden, so the act is open read-only.</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../socdesk/ui/names.py" line="12" />
            <source>Акт оцінки потреб сім'ї/особи</source>
            <translation>Needs assessment act (family/person)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="13" />
            <source>Акт обстеження матеріально-побутових умов</source>
            <translation>Living conditions inspection act</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="14" />
            <source>Шкала оцінювання можливості виконання елементарних дій</source>
            <translation>Scale of the ability to perform basic activities</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="15" />
            <source>Шкала оцінювання можливості виконання складних дій</source>
            <translation>Scale of the ability to perform complex activities</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="16" />
            <source>Чинники, що можуть зумовити складні життєві обставини</source>
            <translation>Factors that may cause difficult life circumstances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="17" />
            <source>Акт про надання соціальних послуг екстрено (кризово)</source>
            <translation>Act of urgent (crisis) provision of social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/names.py" line="18" />
            <source>Анкета оцінки задоволеності отримувача якістю соціальних послуг</source>
            <translation>Recipient satisfaction questionnaire on the quality of social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="9" />
            <source>Загальні відомості</source>
            <translation>General information</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="10" />
            <source>Дата оцінювання</source>
            <translation>Assessment date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="11" />
            <source>Хто оцінював (ПІБ, посада)</source>
            <translation>Assessed by (full name, position)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="12" />
            <source>Користується допоміжними засобами</source>
            <translation>Uses assistive devices</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="13" />
            <source>Якими саме</source>
            <translation>Which ones</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="14" />
            <source>Елементарні дії</source>
            <translation>Basic activities</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="15" />
            <source>1. Прийом їжі</source>
            <translation>1. Feeding</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="16" />
            <source>Самостійно</source>
            <translation>Independent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="17" />
            <source>Потребує допомоги (нарізати, намастити)</source>
            <translation>Needs help (cutting, spreading)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="18" />
            <source>Повністю залежить від допомоги</source>
            <translation>Fully dependent on help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="19" />
            <source>2. Купання</source>
            <translation>2. Bathing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="20" />
            <source>Потребує допомоги</source>
            <translation>Needs help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="21" />
            <source>3. Особистий туалет (вмивання, зачісування, чищення зубів, гоління)</source>
            <translation>3. Grooming (washing, combing, brushing teeth, shaving)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="22" />
            <source>4. Одягання і взування</source>
            <translation>4. Dressing and putting on shoes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="23" />
            <source>Частково потребує допомоги</source>
            <translation>Needs some help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="24" />
            <source>5. Контроль дефекації</source>
            <translation>5. Bowel control</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="25" />
            <source>Повний контроль</source>
            <translation>Full control</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="26" />
            <source>Випадкове нетримання (раз на тиждень)</source>
            <translation>Occasional accident (once a week)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="27" />
            <source>Нетримання</source>
            <translation>Incontinent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="28" />
            <source>6. Контроль сечовиділення</source>
            <translation>6. Bladder control</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="29" />
            <source>Випадкове нетримання (до разу на добу)</source>
            <translation>Occasional accident (up to once a day)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="30" />
            <source>7. Відвідування і здійснення туалету</source>
            <translation>7. Toilet use</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="31" />
            <source>8. Вставання й перехід з ліжка</source>
            <translation>8. Getting up and transfer from bed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="32" />
            <source>З незначною допомогою</source>
            <translation>With minor help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="33" />
            <source>Сидить, але встає лише зі значною допомогою</source>
            <translation>Sits, but gets up only with major help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="34" />
            <source>Не може сидіти</source>
            <translation>Cannot sit</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="35" />
            <source>9. Пересування</source>
            <translation>9. Mobility</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="36" />
            <source>Самостійно понад 50 м</source>
            <translation>Independent over 50 m</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="37" />
            <source>З допомогою однієї особи</source>
            <translation>With the help of one person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="38" />
            <source>Самостійно на кріслі колісному</source>
            <translation>Independent in a wheelchair</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="39" />
            <source>Не пересувається</source>
            <translation>Immobile</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="40" />
            <source>10. Підіймання сходами</source>
            <translation>10. Stairs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="41" />
            <source>З допомогою</source>
            <translation>With help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="42" />
            <source>Не може</source>
            <translation>Unable</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="43" />
            <source>Примітки</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="44" />
            <source>Сума балів</source>
            <translation>Total score</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="45" />
            <source>повна залежність</source>
            <translation>total dependence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="46" />
            <source>виражена залежність</source>
            <translation>severe dependence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="47" />
            <source>помірна залежність</source>
            <translation>moderate dependence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="48" />
            <source>легка залежність</source>
            <translation>slight dependence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="49" />
            <source>незалежність</source>
            <translation>independence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="50" />
            <source>Складні дії</source>
            <translation>Complex activities</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="51" />
            <source>1. Користування телефоном</source>
            <translation>1. Using the telephone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="52" />
            <source>Користується самостійно, сам набирає номери</source>
            <translation>Uses it independently, dials numbers</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="53" />
            <source>Набирає кілька знайомих номерів</source>
            <translation>Dials a few familiar numbers</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="54" />
            <source>Лише відповідає на дзвінки</source>
            <translation>Only answers calls</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="55" />
            <source>Не користується</source>
            <translation>Does not use it</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="56" />
            <source>2. Покупки</source>
            <translation>2. Shopping</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="57" />
            <source>Робить усі покупки самостійно</source>
            <translation>Does all shopping independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="58" />
            <source>Самостійно лише дрібні покупки</source>
            <translation>Only small purchases independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="59" />
            <source>Потребує супроводу</source>
            <translation>Needs to be accompanied</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="60" />
            <source>Не може робити покупки</source>
            <translation>Cannot shop</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="61" />
            <source>3. Приготування їжі</source>
            <translation>3. Preparing food</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="62" />
            <source>Планує, готує й подає їжу самостійно</source>
            <translation>Plans, prepares and serves food independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="63" />
            <source>Готує, якщо дати продукти</source>
            <translation>Cooks if given the ingredients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="64" />
            <source>Лише розігріває готову їжу</source>
            <translation>Only heats ready meals</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="65" />
            <source>Потребує, щоб їжу готували й подавали</source>
            <translation>Needs meals prepared and served</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="66" />
            <source>4. Ведення домашнього господарства</source>
            <translation>4. Housekeeping</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="67" />
            <source>Веде самостійно або з епізодичною допомогою</source>
            <translation>Keeps house independently or with occasional help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="68" />
            <source>Виконує легку щоденну роботу</source>
            <translation>Does light daily tasks</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="69" />
            <source>Легку роботу, але не підтримує чистоти</source>
            <translation>Light tasks, but does not keep it clean</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="70" />
            <source>Потребує допомоги в усіх справах</source>
            <translation>Needs help with all tasks</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="71" />
            <source>Не бере участі</source>
            <translation>Does not take part</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="72" />
            <source>5. Прання</source>
            <translation>5. Laundry</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="73" />
            <source>Пере все самостійно</source>
            <translation>Does all laundry independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="74" />
            <source>Пере дрібні речі</source>
            <translation>Washes small items</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="75" />
            <source>Усе прання виконують інші</source>
            <translation>All laundry done by others</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="76" />
            <source>6. Користування транспортом</source>
            <translation>6. Using transport</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="77" />
            <source>Їздить самостійно</source>
            <translation>Travels independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="78" />
            <source>Їздить лише таксі</source>
            <translation>Travels only by taxi</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="79" />
            <source>Громадським транспортом у супроводі</source>
            <translation>Public transport when accompanied</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="80" />
            <source>Лише таксі чи авто в супроводі</source>
            <translation>Only taxi or car when accompanied</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="81" />
            <source>Не їздить</source>
            <translation>Does not travel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="82" />
            <source>7. Прийом ліків</source>
            <translation>7. Taking medicines</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="83" />
            <source>Приймає ліки самостійно у правильних дозах і в час</source>
            <translation>Takes medicines independently, in the right doses and on time</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="84" />
            <source>Якщо ліки заздалегідь розкладено</source>
            <translation>If the medicines are laid out in advance</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="85" />
            <source>Не може приймати ліки самостійно</source>
            <translation>Cannot take medicines independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="86" />
            <source>8. Розпорядження грошима</source>
            <translation>8. Managing money</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="87" />
            <source>Розпоряджається самостійно</source>
            <translation>Manages independently</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="88" />
            <source>Щоденні покупки, але потребує допомоги з банком</source>
            <translation>Daily purchases, but needs help with the bank</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="89" />
            <source>Не може розпоряджатися</source>
            <translation>Cannot manage money</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="90" />
            <source>Сума балів (складні дії)</source>
            <translation>Total score (complex activities)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="91" />
            <source>значна залежність від допомоги</source>
            <translation>considerable dependence on help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="92" />
            <source>незначна залежність</source>
            <translation>slight dependence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="93" />
            <source>Обстеження</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="94" />
            <source>Дата обстеження</source>
            <translation>Inspection date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="95" />
            <source>Адреса обстеження</source>
            <translation>Inspection address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="96" />
            <source>Члени комісії (ПІБ, посади)</source>
            <translation>Committee members (full names, positions)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="97" />
            <source>Склад домогосподарства</source>
            <translation>Household composition</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="98" />
            <source>Члени домогосподарства (ПІБ, дата народження, зайнятість, доходи)</source>
            <translation>Household members (full name, date of birth, employment, income)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="99" />
            <source>Житло</source>
            <translation>Housing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="100" />
            <source>Тип житла</source>
            <translation>Type of housing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="101" />
            <source>будинок</source>
            <translation>house</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="102" />
            <source>квартира</source>
            <translation>flat</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="103" />
            <source>кімната</source>
            <translation>room</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="104" />
            <source>інше</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="105" />
            <source>Право на житло</source>
            <translation>Right to the housing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="106" />
            <source>власне</source>
            <translation>own</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="107" />
            <source>найм (оренда)</source>
            <translation>rent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="108" />
            <source>у родичів</source>
            <translation>with relatives</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="109" />
            <source>Кількість кімнат</source>
            <translation>Number of rooms</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="110" />
            <source>Загальна площа, м²</source>
            <translation>Total area, m²</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="111" />
            <source>Зручності</source>
            <translation>Amenities</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="112" />
            <source>водопостачання</source>
            <translation>water supply</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="113" />
            <source>водовідведення</source>
            <translation>sewerage</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="114" />
            <source>газ</source>
            <translation>gas</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="115" />
            <source>центральне опалення</source>
            <translation>central heating</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="116" />
            <source>пічне опалення</source>
            <translation>stove heating</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="117" />
            <source>електропостачання</source>
            <translation>electricity</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="118" />
            <source>Санітарний стан</source>
            <translation>Sanitary condition</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="119" />
            <source>добрий</source>
            <translation>good</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="120" />
            <source>задовільний</source>
            <translation>satisfactory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="121" />
            <source>незадовільний</source>
            <translation>unsatisfactory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="122" />
            <source>Санітарний стан: коментар</source>
            <translation>Sanitary condition: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="123" />
            <source>Господарство і майно</source>
            <translation>Household and property</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="124" />
            <source>Є земельна ділянка</source>
            <translation>Has a plot of land</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="125" />
            <source>Площа ділянки, га</source>
            <translation>Plot area, ha</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="126" />
            <source>Худоба, птиця</source>
            <translation>Livestock, poultry</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="127" />
            <source>Майно (транспортні засоби тощо)</source>
            <translation>Property (vehicles, etc.)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="128" />
            <source>Висновки</source>
            <translation>Conclusions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="129" />
            <source>Висновки комісії</source>
            <translation>The committee's conclusions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="130" />
            <source>Обстежувана особа ознайомлена (ПІБ)</source>
            <translation>The person inspected has been informed (full name)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="131" />
            <source>Вид оцінювання</source>
            <translation>Kind of assessment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="132" />
            <source>Первинне</source>
            <translation>Initial</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="133" />
            <source>Комплексне</source>
            <translation>Comprehensive</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="134" />
            <source>Кого оцінюють</source>
            <translation>Who is assessed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="135" />
            <source>Особу</source>
            <translation>A person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="136" />
            <source>Сім'ю</source>
            <translation>A family</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="137" />
            <source>Члени сім'ї (ПІБ, дата народження, ступінь родинного зв'язку, дієздатність, ВПО)</source>
            <translation>Family members (full name, date of birth, relationship, legal capacity, IDP)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="140" />
            <source>Дата (дати) відвідування</source>
            <translation>Date(s) of visits</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="141" />
            <source>Дата завершення оцінювання</source>
            <translation>Date the assessment was completed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="142" />
            <source>Потреби особи</source>
            <translation>The person's needs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="143" />
            <source>1) Стан здоров'я</source>
            <translation>1) Health</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="144" />
            <source>невідомо</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="145" />
            <source>1) Стан здоров'я: коментар</source>
            <translation>1) Health: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="146" />
            <source>2) Емоційний стан</source>
            <translation>2) Emotional state</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="147" />
            <source>стабільний</source>
            <translation>stable</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="148" />
            <source>нестабільний</source>
            <translation>unstable</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="149" />
            <source>2) Емоційний стан: коментар</source>
            <translation>2) Emotional state: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="150" />
            <source>3) Шкідливі звички</source>
            <translation>3) Harmful habits</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="151" />
            <source>ознак девіантної поведінки немає</source>
            <translation>no signs of deviant behaviour</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="152" />
            <source>є ознаки девіантної поведінки</source>
            <translation>signs of deviant behaviour</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="153" />
            <source>3) Шкідливі звички: коментар</source>
            <translation>3) Harmful habits: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="154" />
            <source>4) Соціальні контакти</source>
            <translation>4) Social contacts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="155" />
            <source>підтримує</source>
            <translation>maintains</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="156" />
            <source>обмежені</source>
            <translation>limited</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="157" />
            <source>відсутні</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="158" />
            <source>4) Соціальні контакти: коментар</source>
            <translation>4) Social contacts: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="159" />
            <source>5) Соціальна історія</source>
            <translation>5) Social history</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="160" />
            <source>6) Зайнятість</source>
            <translation>6) Employment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="161" />
            <source>працює</source>
            <translation>employed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="162" />
            <source>не працює</source>
            <translation>not employed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="163" />
            <source>пенсіонер(ка)</source>
            <translation>pensioner</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="164" />
            <source>навчається</source>
            <translation>studying</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="165" />
            <source>6) Зайнятість: коментар</source>
            <translation>6) Employment: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="166" />
            <source>7) Самообслуговування</source>
            <translation>7) Self-care</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="167" />
            <source>здатна до самообслуговування</source>
            <translation>capable of self-care</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="168" />
            <source>частково втратила здатність</source>
            <translation>partly lost the ability</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="169" />
            <source>повністю втратила здатність</source>
            <translation>fully lost the ability</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="170" />
            <source>7) Самообслуговування: коментар</source>
            <translation>7) Self-care: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="171" />
            <source>Фактори сім'ї та середовища</source>
            <translation>Family and environment factors</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="172" />
            <source>Житлові умови</source>
            <translation>Living conditions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="173" />
            <source>задовільні</source>
            <translation>satisfactory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="174" />
            <source>незадовільні</source>
            <translation>unsatisfactory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="175" />
            <source>Житло та його стан: коментар</source>
            <translation>Housing and its condition: comment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="176" />
            <source>Є загроза життю чи здоров'ю</source>
            <translation>There is a threat to life or health</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="177" />
            <source>Є ознаки насильства (домашнього, за ознакою статі, жорстокого поводження з дитиною)</source>
            <translation>There are signs of violence (domestic, gender-based, child abuse)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="181" />
            <source>Висновок</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="182" />
            <source>Особа (сім'я) перебуває у складних життєвих обставинах</source>
            <translation>The person (family) is in difficult life circumstances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="183" />
            <source>Чинники СЖО</source>
            <translation>Factors of difficult life circumstances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="184" />
            <source>Похилий вік</source>
            <translation>Old age</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="185" />
            <source>Часткова або повна втрата рухової активності, памʼяті</source>
            <translation>Partial or total loss of mobility, memory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="186" />
            <source>Невиліковні хвороби, хвороби, що потребують тривалого лікування</source>
            <translation>Incurable diseases, diseases requiring long treatment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="187" />
            <source>Психічні та поведінкові розлади, у тому числі внаслідок вживання психоактивних речовин</source>
            <translation>Mental and behavioural disorders, including from the use of psychoactive substances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="191" />
            <source>Інвалідність</source>
            <translation>Disability</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="192" />
            <source>Бездомність</source>
            <translation>Homelessness</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="193" />
            <source>Безробіття</source>
            <translation>Unemployment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="194" />
            <source>Малозабезпеченість особи</source>
            <translation>Low income of the person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="195" />
            <source>Поведінкові розлади у дітей через розлучення батьків</source>
            <translation>Behavioural disorders of children due to the parents' divorce</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="196" />
            <source>Ухилення батьками або особами, які їх замінюють, від виконання своїх обовʼязків із виховання дитини</source>
            <translation>Parents or their substitutes evading their duties of raising a child</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="200" />
            <source>Втрата соціальних звʼязків, у тому числі під час перебування в місцях позбавлення волі</source>
            <translation>Loss of social ties, including while in places of detention</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="204" />
            <source>Жорстоке поводження з дитиною</source>
            <translation>Child abuse</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="205" />
            <source>Насильство за ознакою статі</source>
            <translation>Gender-based violence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="206" />
            <source>Домашнє насильство</source>
            <translation>Domestic violence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="207" />
            <source>Потрапляння в ситуацію торгівлі людьми</source>
            <translation>Being trafficked</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="208" />
            <source>Шкода, завдана пожежею, стихійним лихом, катастрофою, бойовими діями, терористичним актом, збройним конфліктом, тимчасовою окупацією</source>
            <translation>Harm caused by fire, natural disaster, catastrophe, hostilities, a terrorist act, armed conflict, temporary occupation</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="212" />
            <source>Тривалість проблем</source>
            <translation>Duration of the problems</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="213" />
            <source>до 3 місяців</source>
            <translation>up to 3 months</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="214" />
            <source>від 3 до 12 місяців</source>
            <translation>from 3 to 12 months</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="215" />
            <source>понад рік</source>
            <translation>over a year</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="216" />
            <source>Усвідомлення проблем і готовність до співпраці</source>
            <translation>Awareness of the problems and readiness to cooperate</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="217" />
            <source>усвідомлює, готова співпрацювати</source>
            <translation>aware, ready to cooperate</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="218" />
            <source>частково</source>
            <translation>partly</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="219" />
            <source>не усвідомлює, не готова</source>
            <translation>not aware, not ready</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="220" />
            <source>Результат оцінювання</source>
            <translation>Assessment result</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="221" />
            <source>потребує надання соціальних послуг</source>
            <translation>needs social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="222" />
            <source>не потребує</source>
            <translation>does not need them</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="223" />
            <source>Потрібні соціальні послуги (коди й назви з Класифікатора)</source>
            <translation>Social services needed (codes and names from the Classifier)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="224" />
            <source>Складність випадку</source>
            <translation>Complexity of the case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="225" />
            <source>простий</source>
            <translation>simple</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="226" />
            <source>складний</source>
            <translation>complex</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="227" />
            <source>Потрібне комплексне оцінювання</source>
            <translation>A comprehensive assessment is needed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="228" />
            <source>Чому потрібне комплексне оцінювання</source>
            <translation>Why a comprehensive assessment is needed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="229" />
            <source>Ознайомлення з результатами</source>
            <translation>Acquaintance with the results</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="230" />
            <source>Сім'я (особа) з результатами оцінки</source>
            <translation>The family (person), about the assessment results</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="231" />
            <source>погоджується</source>
            <translation>agrees</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="232" />
            <source>не погоджується</source>
            <translation>disagrees</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="233" />
            <source>Коментар сім'ї (особи)</source>
            <translation>Comment of the family (person)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="234" />
            <source>Хто оцінював і хто затвердив</source>
            <translation>Who assessed and who approved</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="235" />
            <source>Фахівець, який здійснював оцінювання (ПІБ, посада)</source>
            <translation>Specialist who carried out the assessment (full name, position)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="236" />
            <source>Інші залучені фахівці</source>
            <translation>Other specialists involved</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="237" />
            <source>Керівник, який затвердив висновок (ПІБ, посада)</source>
            <translation>Head who approved the conclusion (full name, position)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="238" />
            <source>Анкетування</source>
            <translation>Survey</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="239" />
            <source>Дата анкетування</source>
            <translation>Date of the survey</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="240" />
            <source>Хто відповідав</source>
            <translation>Who answered</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="241" />
            <source>Отримувач послуг</source>
            <translation>The recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="242" />
            <source>Законний представник або родич</source>
            <translation>A legal representative or relative</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="243" />
            <source>Послуги, про які анкета</source>
            <translation>Services the survey is about</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="244" />
            <source>Оцінка послуг</source>
            <translation>Rating of the services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="245" />
            <source>Чи вчасно вам надають послуги?</source>
            <translation>Are the services provided on time?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="246" />
            <source>Так</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="247" />
            <source>Частково</source>
            <translation>Partly</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="248" />
            <source>Ні</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="249" />
            <source>Важко відповісти</source>
            <translation>Hard to say</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="250" />
            <source>Чи ввічливо й уважно ставляться до вас працівники?</source>
            <translation>Are the staff polite and attentive to you?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="251" />
            <source>Чи надають вам усі послуги, передбачені індивідуальним планом?</source>
            <translation>Do you receive every service in your individual plan?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="252" />
            <source>Чи регулярно вас відвідують (за графіком у договорі)?</source>
            <translation>Are you visited regularly (on the contract's schedule)?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="253" />
            <source>Чи задовольняють послуги ваші потреби?</source>
            <translation>Do the services meet your needs?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="254" />
            <source>Чи зрозуміло вам пояснили ваші права, умови й вартість послуг?</source>
            <translation>Were your rights, the terms and the cost of the services explained clearly?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="255" />
            <source>Загальна оцінка якості послуг</source>
            <translation>Overall rating of the quality of services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="256" />
            <source>Відмінно</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="257" />
            <source>Добре</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="258" />
            <source>Задовільно</source>
            <translation>Satisfactory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="259" />
            <source>Незадовільно</source>
            <translation>Unsatisfactory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="260" />
            <source>Зауваження і пропозиції</source>
            <translation>Remarks and suggestions</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="261" />
            <source>Чи мали ви скарги на надання послуг?</source>
            <translation>Have you had complaints about the services?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="262" />
            <source>Суть скарги</source>
            <translation>What the complaint was</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="263" />
            <source>Побажання і пропозиції щодо послуг</source>
            <translation>Wishes and suggestions about the services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="264" />
            <source>Чинники</source>
            <translation>Factors</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="265" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="266" />
            <source>Інші обставини</source>
            <translation>Other circumstances</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="267" />
            <source>Хто визначив (ПІБ, посада)</source>
            <translation>Determined by (full name, position)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="268" />
            <source>Дата початку дій</source>
            <translation>Date actions started</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="269" />
            <source>Хто потребує послуг</source>
            <translation>Who needs services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="270" />
            <source>особа</source>
            <translation>a person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="271" />
            <source>сім'я</source>
            <translation>a family</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="272" />
            <source>1.2 Досвід отримання соціальних послуг</source>
            <translation>1.2 Experience of receiving social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="273" />
            <source>1.3 Дані повнолітніх членів сім'ї (дієздатність, самообслуговування, ВПО, документи)</source>
            <translation>1.3 Adult family members (legal capacity, self-care, IDP, documents)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="277" />
            <source>1.4 Дані про дитину (дітей)</source>
            <translation>1.4 Child (children)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="278" />
            <source>2. Оцінка ситуації</source>
            <translation>2. Assessment of the situation</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="279" />
            <source>2.2 Загроза життю та/або здоров'ю</source>
            <translation>2.2 Threat to life and/or health</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="280" />
            <source>не може самостійно залишити небезпечну територію</source>
            <translation>cannot leave the dangerous area alone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="281" />
            <source>отримувала погрози або є ризик погроз</source>
            <translation>received threats or is at risk of threats</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="282" />
            <source>особа чи член сім'ї постраждали від домашнього насильства</source>
            <translation>the person or a family member suffered domestic violence</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="283" />
            <source>постраждали від насильства внаслідок бойових дій</source>
            <translation>suffered violence from hostilities</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="284" />
            <source>раптове погіршення фізичного чи психічного здоров'я з безпосередньою загрозою</source>
            <translation>sudden worsening of physical or mental health with an immediate threat</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="285" />
            <source>Загроза: пояснення</source>
            <translation>Threat: explanation</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="286" />
            <source>Готовність діяти, щоб зменшити загрозу</source>
            <translation>Readiness to act to reduce the threat</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="287" />
            <source>готова</source>
            <translation>ready</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="288" />
            <source>не готова</source>
            <translation>not ready</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="289" />
            <source>2.3 Інша інформація</source>
            <translation>2.3 Other information</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="290" />
            <source>2.4 Ключові потреби</source>
            <translation>2.4 Key needs</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="291" />
            <source>2.5 Ресурси</source>
            <translation>2.5 Resources</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="292" />
            <source>досвід подібної ситуації</source>
            <translation>experience of a similar situation</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="293" />
            <source>підтримка родичів</source>
            <translation>support of relatives</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="294" />
            <source>готовність до співпраці</source>
            <translation>readiness to cooperate</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="295" />
            <source>дохід</source>
            <translation>income</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="296" />
            <source>інші ресурси</source>
            <translation>other resources</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="297" />
            <source>3. Потреба в соціальних послугах екстрено (кризово)</source>
            <translation>3. Need for urgent (crisis) social services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="298" />
            <source>Послуги, яких потребує</source>
            <translation>Services needed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="299" />
            <source>Отримувач ознайомився з розділами 1–3</source>
            <translation>The recipient has read sections 1–3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="300" />
            <source>4. Результати роботи</source>
            <translation>4. Results of the work</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="301" />
            <source>Надані послуги</source>
            <translation>Services provided</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="302" />
            <source>Перенаправлено до інших надавачів</source>
            <translation>Referred to other providers</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="303" />
            <source>4.2 Загальна тривалість надання, годин</source>
            <translation>4.2 Total duration of provision, hours</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/form_strings.py" line="304" />
            <source>Хто надавав (ПІБ, посада)</source>
            <translation>Provided by (full name, position)</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <location filename="../../socdesk/ui/help.py" line="26" />
            <source>SocDesk — посібник користувача</source>
            <translation>SocDesk — user guide</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="53" />
            <source>ПІБ в одному стовпці</source>
            <translation>Full name in one column</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="217" />
            <source>— виберіть округ —</source>
            <translation>— choose a district —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="135" />
            <source>Старостинський округ для нових населених пунктів і осіб, яких не віднести до округу за населеним пунктом:</source>
            <translation>Starosta district for new settlements and for people whose settlement gives no district:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="54" />
            <source>Прізвище</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="55" />
            <source>Ім’я</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="56" />
            <source>По батькові</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="57" />
            <source>Дата народження</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="58" />
            <source>Стать</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="59" />
            <source>РНОКПП</source>
            <translation>RNOKPP (tax number)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="60" />
            <source>Стан РНОКПП</source>
            <translation>RNOKPP status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="61" />
            <source>Вид документа</source>
            <translation>Document type</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="62" />
            <source>Документ (серія і номер)</source>
            <translation>Document (series and number)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="63" />
            <source>УНЗР</source>
            <translation>UNZR</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="64" />
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="65" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="66" />
            <source>Адреса реєстрації</source>
            <translation>Registered address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="67" />
            <source>Фактична адреса</source>
            <translation>Actual address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="68" />
            <source>Категорії</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="69" />
            <source>Примітка</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="72" />
            <source>Рядок</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="73" />
            <source>Стовпець</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="74" />
            <source>Причина</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="120" />
            <source>Імпорт отримувачів: %1</source>
            <translation>Import recipients: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="121" />
            <source>Стовпці файлу</source>
            <translation>Columns of the file</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="129" />
            <source>Читаю файл…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="149" />
            <source>&amp;Імпортувати</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="151" />
            <source>Зберегти &amp;відхилені…</source>
            <translation>Save &amp;rejected…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="162" />
            <source>Рядки, які не буде імпортовано:</source>
            <translation>Rows that will not be imported:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="191" />
            <source>Рядків у файлі: %1. Можна імпортувати: %2. Відхилено або затримано: %3.</source>
            <translation>Rows in the file: %1. Can be imported: %2. Rejected or held: %3.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="197" />
            <source>Буде додано населені пункти: %1.</source>
            <translation>Settlements to be added: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="202" />
            <source>&amp;Імпортувати (%1)</source>
            <translation>&amp;Import (%1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="241" />
            <source>Виберіть поле для стовпців з іменем і перевірте ще раз.</source>
            <translation>Choose the field for the name columns and check again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="283" />
            <source>— не імпортувати —</source>
            <translation>— do not import —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="305" />
            <source>Осіб до імпорту: %1. Імпортувати їх? Відхилені та затримані рядки не буде записано.</source>
            <translation>People to import: %1. Import them? Rejected and held rows will not be written.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="327" />
            <source>Зберегти відхилені рядки</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="329" />
            <source>Таблиці CSV (*.csv)</source>
            <translation>CSV tables (*.csv)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="341" />
            <source>Імпорт отримувачів</source>
            <translation>Import recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/import_dialog.py" line="343" />
            <source>Таблиці (*.xlsx *.csv);;Усі файли (*)</source>
            <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="78" />
            <source>SocDesk заблоковано</source>
            <translation>SocDesk is locked</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="87" />
            <source>Розблокувати</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="90" />
            <source>Робоче місце заблоковано. Незбережені картки чекають.
Введіть ключ відновлення, яким ви увійшли.</source>
            <translation>The workplace is locked. Unsaved cards are waiting.
Enter the recovery key you signed in with.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="96" />
            <source>Робоче місце заблоковано. Незбережені картки чекають.
Введіть пароль користувача %1.</source>
            <translation>The workplace is locked. Unsaved cards are waiting.
Enter the password of %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="117" />
            <source>Введіть пароль.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="135" />
            <source>Ключ відновлення не той.</source>
            <translation>That is not the recovery key.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/lock.py" line="137" />
            <source>Неправильний пароль.</source>
            <translation>Wrong password.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../socdesk/ui/help.py" line="40" />
            <source>&amp;Довідка</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/help.py" line="50" />
            <source>&amp;Посібник користувача</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/help.py" line="53" />
            <source>Посібник у &amp;браузері</source>
            <translation>Guide in the &amp;browser</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="88" />
            <source>SocDesk — реєстр отримувачів</source>
            <translation>SocDesk — register of recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="107" />
            <source>&amp;Файл</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="108" />
            <source>Ви&amp;йти</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="110" />
            <source>&amp;Реєстр</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="111" />
            <source>&amp;Нова особа</source>
            <translation>&amp;New person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="112" />
            <source>&amp;Пошук</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="114" />
            <source>&amp;Заблокувати</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="116" />
            <source>Змінити &amp;пароль…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="119" />
            <source>&amp;Імпорт отримувачів…</source>
            <translation>&amp;Import recipients…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="122" />
            <source>&amp;Експорт реєстру…</source>
            <translation>&amp;Export register…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="127" />
            <source>&amp;Налаштування…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="130" />
            <source>Резервні &amp;копії…</source>
            <translation>&amp;Backups…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="136" />
            <source>&amp;Справи</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="138" />
            <source>&amp;Строки за справами…</source>
            <translation>Case &amp;deadlines…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="140" />
            <source>&amp;Обхід за день…</source>
            <translation>Day's &amp;round…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="142" />
            <source>&amp;Навантаження працівників…</source>
            <translation>&amp;Workers' workload…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="145" />
            <source>З&amp;віти…</source>
            <translation>&amp;Reports…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="149" />
            <source>Оп&amp;лата за послуги за місяць…</source>
            <translation>Pa&amp;yments for services this month…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="154" />
            <source>&amp;Друк</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="157" />
            <source>&amp;Пакетний друк, журнал за період…</source>
            <translation>&amp;Batch printing, register for a period…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="181" />
            <source>&amp;Об’єднати двох осіб…</source>
            <translation>&amp;Merge two records…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="185" />
            <source>&amp;Адміністрування</source>
            <translation>&amp;Administration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="187" />
            <source>&amp;Користувачі…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="190" />
            <source>&amp;Журнал дій…</source>
            <translation>&amp;Audit log…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="195" />
            <source>&amp;Довідкові дані…</source>
            <translation>&amp;Reference data…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="200" />
            <source>&amp;Конфлікти синхронізації…</source>
            <translation>Sync &amp;conflicts…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="218" />
            <source>Користувач: %1</source>
            <translation>User: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="222" />
            <source>Округи: %1</source>
            <translation>Districts: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="225" />
            <source>Сховище: перевіряю…</source>
            <translation>Store: checking…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="239" />
            <source>Відкрити конфлікти синхронізації</source>
            <translation>Open the sync conflicts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="269" />
            <source>Конфлікти: %1</source>
            <translation>Conflicts: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="285" />
            <source>Строки за справами (Ctrl+D)</source>
            <translation>Case deadlines (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="598" />
            <source>Видалити незбережену картку</source>
            <translation>Delete the unsaved card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="599" />
            <source>Видалити незбережену картку «%1»? Її більше не буде запропоновано, і відновити її буде неможливо.</source>
            <translation>Delete the unsaved card “%1”? It will not be offered again and cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="161" />
            <location filename="../../socdesk/ui/main_window.py" line="301" />
            <source>Друк</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="350" />
            <source>Сховище: зашифроване, справне</source>
            <translation>Store: encrypted, healthy</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="354" />
            <source>Сховище пошкоджене: не вносьте змін, зверніться до координатора</source>
            <translation>The store is damaged: make no changes, contact your coordinator</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="408" />
            <source>Виділіть у реєстрі два записи однієї особи (Ctrl+клацання), потім виберіть «Об’єднати».</source>
            <translation>Select two records of the same person in the register (Ctrl+click), then choose “Merge”.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="475" />
            <source>Мову змінено; вона діятиме після перезапуску SocDesk.</source>
            <translation>The language is changed; it takes effect when SocDesk restarts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="493" />
            <location filename="../../socdesk/ui/main_window.py" line="509" />
            <source>Експорт реєстру</source>
            <translation>Export register</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="495" />
            <source>Книга Excel (*.xlsx);;Таблиця CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV table (*.csv)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="565" />
            <source>Відкрито ключем відновлення</source>
            <translation>Opened with the recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="566" />
            <source>Сховище відкрито ключем відновлення, з правами координатора. Задайте новий пароль користувачу (кнопка «Задати пароль»), потім закрийте SocDesk і увійдіть із ним.</source>
            <translation>The store is open with the recovery key, with a coordinator's rights. Set a new password for a user (the “Set password” button), then close SocDesk and sign in with it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="583" />
            <source>Знайдено незбережену картку «%1» від %2. Відновити її?</source>
            <translation>An unsaved card “%1” from %2 was found. Restore it?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/main_window.py" line="586" />
            <source>Незбережена картка</source>
            <translation>Unsaved card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/sensitive.py" line="76" />
            <source>&amp;Доступи до чутливих даних…</source>
            <translation>&amp;Access to sensitive data…</translation>
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
            <location filename="../../socdesk/ui/person/merge.py" line="48" />
            <source>Об’єднання записів однієї особи</source>
            <translation>Merging records of one person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="55" />
            <source>Запис 1</source>
            <translation>Record 1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="55" />
            <source>Запис 2</source>
            <translation>Record 2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="58" />
            <source>Категорії</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="66" />
            <source>Залишити запис 1</source>
            <translation>Keep record 1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="67" />
            <source>Залишити запис 2</source>
            <translation>Keep record 2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="70" />
            <source>Залишений запис збереже свої дані; його порожні поля буде доповнено з іншого, категорії об’єднано. Інший запис не видаляється: він стане посиланням на залишений, і його історія змін буде видна в картці. Скасувати об’єднання не можна.</source>
            <translation>The kept record keeps its data; its empty fields are filled from the other, and categories are united. The other record is not deleted: it becomes a pointer to the kept one, and its history shows in the card. A merge cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/merge.py" line="83" />
            <source>Об’єднати</source>
            <translation>Merge</translation>
        </message>
    </context>
    <context>
        <name>NameForms</name>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="24" />
            <source>Родовий (кого? заява кого?)</source>
            <translation>Genitive (whose application?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="25" />
            <source>Давальний (кому? надати кому?)</source>
            <translation>Dative (granted to whom?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="26" />
            <source>Знахідний (кого? бачу кого?)</source>
            <translation>Accusative (whom?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="27" />
            <source>Орудний (ким? з ким?)</source>
            <translation>Instrumental (with whom?)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="52" />
            <source>Так ім’я стоятиме в документах. Сірим — як відмінює правило; якщо воно помиляється (подвійні чи рідкісні прізвища), впишіть правильну форму.</source>
            <translation>This is how the name appears in documents. In grey, as the rule declines it; where it is wrong (double or rare surnames), type the right form.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/name_forms.py" line="60" />
            <source>Зберегти відмінки</source>
            <translation>Save the forms</translation>
        </message>
    </context>
    <context>
        <name>Payments</name>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="62" />
            <source>безоплатно</source>
            <translation>free</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="63" />
            <source>диференційовано</source>
            <translation>differentiated</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="64" />
            <source>платно</source>
            <translation>paid</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="109" />
            <source>Оплата за %1, договір № %2</source>
            <translation>Payment for %1, contract No. %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="119" />
            <source>наприклад, 000123 або КВ-12/4</source>
            <translation>for example, 000123 or КВ-12/4</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="121" />
            <source>Отримувач:</source>
            <translation>Recipient:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="122" />
            <source>Місяць:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="123" />
            <source>Нараховано:</source>
            <translation>Charged:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="124" />
            <source>Сплачено, грн:</source>
            <translation>Paid, UAH:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="125" />
            <source>Дата оплати:</source>
            <translation>Date of payment:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="126" />
            <source>Номер квитанції:</source>
            <translation>Receipt number:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="130" />
            <source>Зберегти</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="161" />
            <source>Місяць</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="162" />
            <location filename="../../socdesk/ui/payments.py" line="309" />
            <source>Нараховано, грн</source>
            <translation>Charged, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="163" />
            <location filename="../../socdesk/ui/payments.py" line="310" />
            <source>Сплачено, грн</source>
            <translation>Paid, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="164" />
            <location filename="../../socdesk/ui/payments.py" line="311" />
            <source>Дата оплати</source>
            <translation>Date of payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="165" />
            <location filename="../../socdesk/ui/payments.py" line="312" />
            <source>Квитанція</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="166" />
            <location filename="../../socdesk/ui/payments.py" line="313" />
            <source>Борг, грн</source>
            <translation>Owed, UAH</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="204" />
            <source>Внести &amp;оплату…</source>
            <translation>Enter a &amp;payment…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="212" />
            <source>Оплата за договором:</source>
            <translation>Payments under the contract:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="228" />
            <source>Нараховано %1, сплачено %2.</source>
            <translation>Charged %1, paid %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="233" />
            <source>Борг: %1 (неоплачених місяців: %2).</source>
            <translation>Owed: %1 (months unpaid: %2).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="237" />
            <source>Переплата: %1.</source>
            <translation>Paid in advance: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="287" />
            <source>Оплата за соціальні послуги за місяць</source>
            <translation>Payments for social services in a month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="297" />
            <source>Усі старостинські округи</source>
            <translation>All starosta districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="305" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="306" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="307" />
            <source>Договір</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="308" />
            <source>Оплата</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="325" />
            <source>Введіть суму в стовпці «Сплачено» і натисніть Enter — курсор перейде до наступного рядка; дату оплати буде підставлено сьогоднішню, номер квитанції впишіть поруч. Ctrl+S — зберегти все.</source>
            <translation>Type the amount in the “Paid” column and press Enter: the cursor moves to the next row; today's date is filled in as the date of payment, type the receipt number beside it. Ctrl+S saves everything.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="334" />
            <source>У цьому місяці немає платних договорів.</source>
            <translation>There are no paid contracts in this month.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="339" />
            <source>&amp;Зберегти</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="342" />
            <source>&amp;Закрити</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="346" />
            <source>&amp;Місяць:</source>
            <translation>&amp;Month:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="348" />
            <source>&amp;Округ:</source>
            <translation>&amp;District:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="445" />
            <source>Договорів: %1. Нараховано: %2. Сплачено: %3. Борг: %4.</source>
            <translation>Contracts: %1. Charged: %2. Paid: %3. Owed: %4.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="466" />
            <source>Рядок %1 (%2): %3</source>
            <translation>Row %1 (%2): %3</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="503" />
            <source>Незбережені оплати</source>
            <translation>Unsaved payments</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="504" />
            <source>Зберегти внесені оплати?</source>
            <translation>Save the payments you entered?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="531" />
            <source>Змін немає: нічого зберігати.</source>
            <translation>No changes: nothing to save.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/payments.py" line="548" />
            <source>Збережено рядків: %1.</source>
            <translation>Rows saved: %1.</translation>
        </message>
    </context>
    <context>
        <name>PersonCard</name>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="133" />
            <source>Зберегти</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="135" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="137" />
            <source>Ctrl+S — зберегти, Esc — закрити</source>
            <translation>Ctrl+S — save, Esc — close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="149" />
            <source>Нова особа — картка</source>
            <translation>New person — card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="157" />
            <source>ДД.ММ.РРРР</source>
            <translation>DD.MM.YYYY</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="177" />
            <source>&amp;Особові дані</source>
            <translation>&amp;Personal data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="178" />
            <source>&amp;Категорії</source>
            <translation>&amp;Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="179" />
            <source>З&amp;года</source>
            <translation>Co&amp;nsent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="180" />
            <source>&amp;Домогосподарство</source>
            <translation>&amp;Household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="181" />
            <source>&amp;Випадки</source>
            <translation>Ca&amp;ses</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="182" />
            <source>&amp;Історія змін</source>
            <translation>History of &amp;changes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="183" />
            <source>Відмін&amp;ки</source>
            <translation>Name &amp;forms</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="184" />
            <source>Анке&amp;ти</source>
            <translation>Sur&amp;veys</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="203" />
            <source>Переглянути конфлікти…</source>
            <translation>View the conflicts…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="222" />
            <source>Дані цієї особи змінили на двох робочих місцях, не знаючи одне про одне (%1): координатор має вибрати правильне значення.</source>
            <translation>This person's data were changed at two workplaces, neither knowing of the other (%1): a coordinator must choose the right value.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="306" />
            <source>%1 — картка</source>
            <translation>%1 — card</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="415" />
            <source>Не дублікат: %1</source>
            <translation>Not a duplicate: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="454" />
            <source>Збережено. Далі — згода, домогосподарство, звернення.</source>
            <translation>Saved. Next: consent, household, appeal.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="472" />
            <source>Зберегти картку попри це?</source>
            <translation>Save the card anyway?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="474" />
            <source>Перевірте дані</source>
            <translation>Check the data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="510" />
            <source>Зберігаю…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="543" />
            <source>Незбережені зміни</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/card.py" line="544" />
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
            <location filename="../../socdesk/ui/person/panels.py" line="64" />
            <source>голова домогосподарства</source>
            <translation>head of household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="65" />
            <source>чоловік / дружина</source>
            <translation>husband / wife</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="66" />
            <source>син / дочка</source>
            <translation>son / daughter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="67" />
            <source>батько / мати</source>
            <translation>father / mother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="68" />
            <source>брат / сестра</source>
            <translation>brother / sister</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="69" />
            <source>онук / онука</source>
            <translation>grandson / granddaughter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="70" />
            <source>дід / баба</source>
            <translation>grandfather / grandmother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="71" />
            <location filename="../../socdesk/ui/person/panels.py" line="83" />
            <source>інший родич</source>
            <translation>other relative</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="72" />
            <location filename="../../socdesk/ui/person/panels.py" line="87" />
            <source>не родич, проживає разом</source>
            <translation>not related, lives together</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="76" />
            <source>чоловік</source>
            <translation>husband</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="76" />
            <source>дружина</source>
            <translation>wife</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="77" />
            <source>син</source>
            <translation>son</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="77" />
            <source>дочка</source>
            <translation>daughter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="78" />
            <source>батько</source>
            <translation>father</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="78" />
            <source>мати</source>
            <translation>mother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="79" />
            <source>брат</source>
            <translation>brother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="79" />
            <source>сестра</source>
            <translation>sister</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="80" />
            <source>онук</source>
            <translation>grandson</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="80" />
            <source>онука</source>
            <translation>granddaughter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="81" />
            <source>дід</source>
            <translation>grandfather</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="81" />
            <source>баба</source>
            <translation>grandmother</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="84" />
            <source>інша родичка</source>
            <translation>other relative</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="88" />
            <source>не родичка, проживає разом</source>
            <translation>not a relative, lives together</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="92" />
            <source>Категорії</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="93" />
            <source>Роль у домогосподарстві</source>
            <translation>Role in the household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="94" />
            <source>Об’єднано з іншим записом</source>
            <translation>Merged into another record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="95" />
            <source>Видалено</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="119" />
            <source>Дату введіть як ДД.ММ.РРРР, наприклад 05.03.2026.</source>
            <translation>Enter the date as DD.MM.YYYY, e.g. 05.03.2026.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="141" />
            <source>Категорії отримувача:</source>
            <translation>Recipient categories:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="171" />
            <source>Згода на обробку персональних даних</source>
            <translation>Consent to the processing of personal data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="182" />
            <source>номер у справі або назва скану</source>
            <translation>number in the file or name of the scan</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="185" />
            <source>&amp;Підстава обробки:</source>
            <translation>&amp;Ground for processing:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="186" />
            <source>Дата згоди:</source>
            <translation>Date of consent:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="187" />
            <source>Мета й обсяг:</source>
            <translation>Purpose and scope:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="188" />
            <source>Підписана згода:</source>
            <translation>Signed consent:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="209" />
            <source>Записати згоду…</source>
            <translation>Record consent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="210" />
            <source>Відкликати згоду…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="211" />
            <source>Усі &amp;дані про особу…</source>
            <translation>All &amp;data about the person…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="213" />
            <source>Запит особи на доступ до своїх даних: файл PDF і машиночитний JSON з усім, що SocDesk зберігає про неї, і хто з даними працював.</source>
            <translation>A person's request for access to their data: a PDF file and a machine-readable JSON with everything SocDesk holds about them, and who worked with the data.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="231" />
            <source>Згода на обробку персональних даних:</source>
            <translation>Consent to the processing of personal data:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="243" />
            <source>Згоду можна записати після збереження картки.</source>
            <translation>Consent can be recorded once the card is saved.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="256" />
            <source>(папір: %1)</source>
            <translation>(paper: %1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="258" />
            <source>(відкликано %1)</source>
            <translation>(withdrawn %1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="267" />
            <source>Чинної згоди немає: запишіть її до надання послуг.</source>
            <translation>No consent in force: record it before services are provided.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="273" />
            <source>Згоду надано %1.</source>
            <translation>Consent given on %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="286" />
            <source>Куди записати дані про особу</source>
            <translation>Where to write the data about the person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="299" />
            <source>Дані записано: %1 і %2.</source>
            <translation>Data written: %1 and %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="350" />
            <source>Відкликання згоди</source>
            <translation>Withdrawal of consent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="351" />
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
            <location filename="../../socdesk/ui/person/household.py" line="205" />
            <source>дотепер</source>
            <translation>to date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="213" />
            <source>Зміни запишуться після «Зберегти»; «Скасувати» їх відкине.</source>
            <translation>The changes are recorded on “Save”; “Cancel” discards them.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="218" />
            <source>Особа не входить до жодного домогосподарства.</source>
            <translation>The person is not in any household.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="246" />
            <source>+ нове домогосподарство, особа — голова (після «Зберегти»)</source>
            <translation>+ new household, this person as head (after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="281" />
            <source>нове, цієї особи</source>
            <translation>new, this person’s</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="284" />
            <source>Перевести з іншого домогосподарства?</source>
            <translation>Move from another household?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="285" />
            <source>%1 живе в домогосподарстві, де голова — %2. Перевести до цього домогосподарства (голова — %3)? У тому домогосподарстві особа вибуде.</source>
            <translation>%1 lives in the household headed by %2. Move them to this household (head: %3)? They will leave the other household.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="301" />
            <source>(після «Зберегти»)</source>
            <translation>(after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="312" />
            <source>особа стане головою (після «Зберегти»)</source>
            <translation>this person becomes the head (after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="320" />
            <source>Вибуття з домогосподарства</source>
            <translation>Leaving the household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="321" />
            <source>Записати, що особа вибула з домогосподарства сьогодні?</source>
            <translation>Record that the person left the household today?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/household.py" line="326" />
            <source>− особа вибуде з домогосподарства (після «Зберегти»)</source>
            <translation>− this person leaves the household (after “Save”)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="369" />
            <source>Коли</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="370" />
            <source>Хто</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="371" />
            <source>Поле</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="372" />
            <source>Було</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="373" />
            <source>Стало</source>
            <translation>Became</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="404" />
            <source>Картку створено</source>
            <translation>Card created</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="424" />
            <source>так</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/person/panels.py" line="424" />
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
            <location filename="../../socdesk/ui/printing/preview.py" line="76" />
            <source>Сторінок: %1</source>
            <translation>Pages: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="78" />
            <source>&amp;Друкувати…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="81" />
            <source>&amp;Зберегти як PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="84" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="106" />
            <source>Зберегти документ</source>
            <translation>Save the document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="116" />
            <source>Не вдалося зберегти: %1</source>
            <translation>Could not save: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/menu.py" line="30" />
            <source>Друк</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="199" />
            <source>Надруковані раніше (копії)…</source>
            <translation>Printed before (copies)…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="209" />
            <source>Надруковані документи</source>
            <translation>Printed documents</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="216" />
            <source> (копія)</source>
            <translation> (copy)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="224" />
            <source>Документів ще не друкували.</source>
            <translation>No documents printed yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="226" />
            <source>Копія показує дані, з яких документ було надруковано.</source>
            <translation>A copy shows the data the document was printed from.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="229" />
            <source>Надрукувати &amp;копію</source>
            <translation>Print a &amp;copy</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="270" />
            <source>Пакетний друк</source>
            <translation>Batch printing</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="280" />
            <source>Усе одним файлом PDF</source>
            <translation>All in one PDF file</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="287" />
            <source>Документи:</source>
            <translation>Documents:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="288" />
            <source>З:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="289" />
            <source>По:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="295" />
            <source>&amp;Друкувати</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="308" />
            <source>Кінець періоду раніше за його початок.</source>
            <translation>The period ends before it starts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="319" />
            <source>Зберегти пакет</source>
            <translation>Save the batch</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="325" />
            <source>Папка</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="353" />
            <source>Надруковано: %1, пропущено: %2.</source>
            <translation>Printed: %1, skipped: %2.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/printing/preview.py" line="363" />
            <source>Скасовано; вже надруковане залишилося записаним.</source>
            <translation>Cancelled; what was printed stays recorded.</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../socdesk/ui/ops.py" line="122" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/ops.py" line="143" />
            <source>Зупиняю…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="147" />
            <source>Доступ до чутливих даних</source>
            <translation>Access to sensitive data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="151" />
            <source>Ви не працюєте з цією справою, тому відомості про здоров’я, інвалідність, насильство чи залежності приховано. Опишіть, навіщо вони вам. Доступ діятиме до %1; його запишуть у журнал і покажуть координатору.</source>
            <translation>You do not work on this case, so the health, disability, violence or addiction details are hidden. Describe why you need them. The access will last until %1; it will be logged and shown to the coordinator.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="164" />
            <source>Наприклад: заміщую відсутнього фахівця на екстреному виклику</source>
            <translation>For example: standing in for an absent specialist on an emergency call</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/sensitive.py" line="169" />
            <source>&amp;Переглянути</source>
            <translation>&amp;View</translation>
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
        <name>ReferenceData</name>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="32" />
            <source>програма</source>
            <translation>the program</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="33" />
            <source>центр (синхронізація)</source>
            <translation>the centre (sync)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="40" />
            <source>Документ</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="41" />
            <source>Версія</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="42" />
            <source>Діє з</source>
            <translation>In force from</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="43" />
            <source>Звідки</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="44" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="74" />
            <source>Довідкові дані</source>
            <translation>Reference data</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="81" />
            <source>&amp;Опублікувати…</source>
            <translation>&amp;Publish…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="85" />
            <source>Вид даних:</source>
            <translation>Kind of data:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="86" />
            <source>Діє з:</source>
            <translation>In force from:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/reference.py" line="106" />
            <source>Документ довідкових даних</source>
            <translation>Reference data document</translation>
        </message>
    </context>
    <context>
        <name>RegistryView</name>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="333" />
            <source>Пошук: прізвище, ім’я, РНОКПП, документ, телефон, село</source>
            <translation>Search: surname, name, tax number, document, phone, village</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="378" />
            <source>Усі населені пункти</source>
            <translation>All settlements</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="381" />
            <source>Усі категорії</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="384" />
            <source>Усі, зі справами й без</source>
            <translation>All, with or without cases</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="386" />
            <source>З активною справою</source>
            <translation>With an active case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="437" />
            <source>&lt;h2&gt;Реєстр поки порожній&lt;/h2&gt;&lt;p&gt;Почніть з першої особи: натисніть «Додати особу» (Ctrl+N) і заповніть картку. Якщо ви вже вели журнал в Excel або таблиці, імпортуйте його: SocDesk сам знайде прізвища, дати й телефони і покаже, що перевірити.&lt;/p&gt;&lt;p&gt;Як працювати далі — у посібнику: меню «Довідка» або F1.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;The register is empty&lt;/h2&gt;&lt;p&gt;Start with the first person: press «Add person» (Ctrl+N) and fill in the card. If you already kept a journal in Excel or another spreadsheet, import it: SocDesk finds the surnames, dates and phones itself and shows what to check.&lt;/p&gt;&lt;p&gt;How to go on is in the user guide: the «Help» menu or F1.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="448" />
            <source>Додати особу</source>
            <translation>Add person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/registry/view.py" line="451" />
            <source>Імпортувати журнал…</source>
            <translation>Import a journal…</translation>
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
        <name>ReportsWindow</name>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="101" />
            <source>Цей місяць</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="103" />
            <source>Минулий місяць</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="106" />
            <source>Цей квартал</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="108" />
            <source>I півріччя %1</source>
            <translation>First half of %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="112" />
            <location filename="../../socdesk/ui/reports.py" line="117" />
            <source>II півріччя %1</source>
            <translation>Second half of %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="115" />
            <location filename="../../socdesk/ui/reports.py" line="121" />
            <source>%1 рік</source>
            <translation>Year %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="145" />
            <source>Звіти</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="156" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="163" />
            <source>Зберегти як:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="182" />
            <source>Оберіть звіт і період, натисніть «Сформувати» (Enter).</source>
            <translation>Choose a report and a period, then press «Make report» (Enter).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="211" />
            <source>Усі округи</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="215" />
            <source>Усі послуги</source>
            <translation>All services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="219" />
            <source>Сформувати</source>
            <translation>Make report</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="224" />
            <source>Звіт:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="225" />
            <source>Округ:</source>
            <translation>District:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="226" />
            <source>Послуга:</source>
            <translation>Service:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="232" />
            <source>Довільний період</source>
            <translation>Any period</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="243" />
            <source>Населення: міське</source>
            <translation>Population: urban</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="244" />
            <source>сільське</source>
            <translation>rural</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="247" />
            <source>Період:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="249" />
            <source>з</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="251" />
            <source>по</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="268" />
            <source>Для нормативів чисельності працівників; 0 — не враховувати</source>
            <translation>For the staffing norms; 0: not counted</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="307" />
            <source>Рахую звіт…</source>
            <translation>Counting the report…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="316" />
            <source>Зупиняю…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="342" />
            <source>Звіт скасовано.</source>
            <translation>Report cancelled.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="377" />
            <source>Зберегти звіт</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="386" />
            <source>Зберігаю…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/reports.py" line="390" />
            <source>Збережено: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Resources</name>
        <message>
            <location filename="../../socdesk/ui/resources_check.py" line="30" />
            <source>шрифт документів {file} (у теці {folder})</source>
            <translation>document font {file} (in {folder})</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/resources_check.py" line="38" />
            <source>переклад інтерфейсу {file}</source>
            <translation>interface translation {file}</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/resources_check.py" line="41" />
            <source>переклад стандартних вікон Qt {file}</source>
            <translation>translation of Qt's standard dialogs {file}</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/resources_check.py" line="46" />
            <source>шрифт із кирилицею в системі (пакет fonts-dejavu-core)</source>
            <translation>a font with Cyrillic on the system (package fonts-dejavu-core)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/resources_check.py" line="52" />
            <source>SocDesk встановлено не повністю, бракує:
{items}

Написи чи документи можуть показуватися неправильно. Перевстановіть SocDesk (у теці проєкту: make setup).</source>
            <translation>SocDesk is not installed completely; missing:
{items}

Labels or documents may show wrongly. Reinstall SocDesk (in the project folder: make setup).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/resources_check.py" line="59" />
            <source>Бракує файлів SocDesk</source>
            <translation>SocDesk files missing</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="54" />
            <source>&amp;Строк зберігання даних…</source>
            <translation>Data &amp;retention period…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="78" />
            <source>Строк зберігання даних</source>
            <translation>Data retention period</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="88" />
            <source>Останній випадок закрито</source>
            <translation>Last case closed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="88" />
            <source>Строк минув</source>
            <translation>Period ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="91" />
            <source>&amp;Знеособити…</source>
            <translation>&amp;Anonymise…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="101" />
            <source>Строк зберігання після закриття останнього випадку</source>
            <translation>Retention period after the last case is closed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="110" />
            <source> р.</source>
            <translation> yr</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="114" />
            <source>напр. Номенклатура справ центру, п. 07-12</source>
            <translation>e.g. the centre's nomenclature of files, item 07-12</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="115" />
            <source>Років:</source>
            <translation>Years:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="116" />
            <source>Чинний з:</source>
            <translation>In force from:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="117" />
            <source>Джерело:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="120" />
            <source>З&amp;берегти строк</source>
            <translation>&amp;Save the period</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="145" />
            <source>Строк не встановлено: вкажіть його вище, щоб побачити, кого час знеособити.</source>
            <translation>No period is set: enter it above to see who is due for anonymisation.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="150" />
            <source>Осіб, чий строк зберігання минув: %1.</source>
            <translation>People whose retention period has ended: %1.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="160" />
            <source>Знеособити дані осіб: %1? Їхні імена, РНОКПП, документи, телефони, адреси, нотатки й вільний текст анкет буде стерто на всіх робочих місцях і з історії змін; звіти й далі їх рахуватимуть. Скасувати це неможливо.</source>
            <translation>Anonymise the data of %1 people? Their names, tax numbers, documents, phones, addresses, notes and the free text of forms will be wiped on every workplace and from the history of changes; reports will still count them. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="173" />
            <source>Знеособлено %1 з %2</source>
            <translation>Anonymised %1 of %2</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="202" />
            <source>Скасовано: знеособлено осіб: %1 з %2. Решта (%3) чекають на знеособлення: натисніть «Знеособити…» ще раз.</source>
            <translation>Cancelled: %1 of %2 people anonymised. The rest (%3) are still due: press “Anonymise…” again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/retention.py" line="212" />
            <source>Знеособлено осіб: %1.</source>
            <translation>People anonymised: %1.</translation>
        </message>
    </context>
    <context>
        <name>ServerAdmin</name>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="51" />
            <source>Робоче місце</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="52" />
            <source>Округи</source>
            <translation>Districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="53" />
            <source>Пристрій</source>
            <translation>Device</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="54" />
            <source>Останній зв’язок</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="55" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="58" />
            <source>працює</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="59" />
            <source>замінить токен під час наступної синхронізації</source>
            <translation>will replace its token at its next sync</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="60" />
            <source>відкликано</source>
            <translation>revoked</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="64" />
            <source>Журнал дій цього комп’ютера повернувся назад: його папку, ймовірно, відновили зі старішої резервної копії або записи журналу змінили. Записи, зроблені після тієї копії, могли загубитися. Зверніться до адміністратора сервера: він перевірить журнал, а робоче місце — чи не бракує останніх записів.</source>
            <translation>This computer's activity log went back: its folder was probably restored from an older backup, or log entries were changed. Records made after that backup may have been lost. Contact the server administrator: they will check the log, and the workplace will check whether recent records are missing.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="71" />
            <source>Журнал дій цього комп’ютера роздвоївся: ту саму папку, ймовірно, скопіювали й працюють у двох копіях. Залиште одну копію, а для другого комп’ютера створіть новий код підключення; зверніться до адміністратора сервера, щоб перевірити журнал.</source>
            <translation>This computer's activity log split in two: the same folder was probably copied and is being used in two copies. Keep one copy and create a new connection code for the other computer; contact the server administrator to check the log.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="105" />
            <source>усі округи (координатор)</source>
            <translation>all districts (coordinator)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="108" />
            <source>%1 (цей комп’ютер)</source>
            <translation>%1 (this computer)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="112" />
            <source>ще не було</source>
            <translation>not yet</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="116" />
            <source>%1; журнал дій порушено</source>
            <translation>%1; activity log broken</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="163" />
            <source>SocDesk — адміністрування сервера</source>
            <translation>SocDesk — server administration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="165" />
            <source>Робочі місця громади та їхні комп’ютери, підключені до сервера. Звідси координатор створює коди підключення, відкликає пристрої й переводить людей до іншого округу.</source>
            <translation>The community's workplaces and their computers connected to the server. From here the coordinator creates connection codes, revokes devices and moves people to another district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="207" />
            <source>Новий код підключення…</source>
            <translation>New connection code…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="210" />
            <source>Відкликати пристрій…</source>
            <translation>Revoke device…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="213" />
            <source>Перевести людину в інший округ…</source>
            <translation>Move a person to another district…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="215" />
            <source>Оновити (F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="216" />
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="126" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="259" />
            <source>Звертаюся до сервера…</source>
            <translation>Contacting the server…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="285" />
            <source>Відкликати пристрій</source>
            <translation>Revoke device</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="287" />
            <source>Виберіть пристрій у таблиці.</source>
            <translation>Select a device in the table.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="293" />
            <source>Це ваш власний комп’ютер: відкликати його звідси не можна. Це робить адміністратор сервера (socdesk server admin revoke).</source>
            <translation>This is your own computer: it cannot be revoked from here. The server's administrator does that (socdesk server admin revoke).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="301" />
            <source>Цей пристрій уже відкликано.</source>
            <translation>This device has already been revoked.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="303" />
            <source>Відкликати пристрій %1 робочого місця «%2»? Сервер більше не прийматиме від нього жодних запитів. Зміни, які той комп’ютер ще не надіслав, лишаться на ньому. Щоб підключити його знову, знадобиться новий код підключення.</source>
            <translation>Revoke device %1 of the workplace “%2”? The server will no longer accept any request from it. Changes that computer has not sent yet stay on it. To connect it again, a new connection code is needed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="313" />
            <source>Пристрій робочого місця «%1» відкликано.</source>
            <translation>The device of the workplace “%1” has been revoked.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="317" />
            <source>Відкликаю пристрій…</source>
            <translation>Revoking the device…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin.py" line="336" />
            <source>«%1» переведено до іншого округу (записів: %2). Комп’ютери нового округу отримають дані під час наступної синхронізації, а комп’ютери старого — вилучать їх.</source>
            <translation>“%1” has been moved to another district (records: %2). The new district's computers receive the data at their next sync, and the old district's computers remove it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="84" />
            <source>Новий код підключення</source>
            <translation>New connection code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="87" />
            <source>напр. Бабенківський старостат</source>
            <translation>e.g. Babenkove starosta office</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="98" />
            <source>Усі округи — ще один комп’ютер координатора</source>
            <translation>All districts — another coordinator's computer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="103" />
            <source>Робоче місце:</source>
            <translation>Workplace:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="104" />
            <source>Округи:</source>
            <translation>Districts:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="114" />
            <source>Копіювати код</source>
            <translation>Copy code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="122" />
            <source>Створити код</source>
            <translation>Create code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="154" />
            <source>Вкажіть назву робочого місця.</source>
            <translation>Enter the workplace's name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="159" />
            <source>Позначте округи, з якими працюватиме це робоче місце.</source>
            <translation>Tick the districts this workplace will work with.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="167" />
            <source>Код для робочого місця «%1». Діє до %2 і лише один раз. Продиктуйте або передайте його; на тому комп’ютері: «Синхронізація» → «Підключення до сервера…». Після закриття вікна код більше не показується.</source>
            <translation>Code for the workplace “%1”. Valid until %2, and only once. Dictate or pass it on; on that computer: “Sync” → “Connection to the server…”. Once this window is closed, the code is not shown again.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="191" />
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="275" />
            <source>Перевести людину в інший округ</source>
            <translation>Move a person to another district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="198" />
            <source>Прізвище, РНОКПП або телефон</source>
            <translation>Surname, RNOKPP or phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="207" />
            <source>Людина переходить з усіма справами, формами, планами, договорами й послугами. Комп’ютери старого округу вилучать її дані після надсилання своїх змін.</source>
            <translation>The person moves with every case, form, plan, contract and service. The old district's computers remove their data after sending their own changes.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="216" />
            <source>Пошук:</source>
            <translation>Search:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="218" />
            <source>Новий округ:</source>
            <translation>New district:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="220" />
            <source>Перевести…</source>
            <translation>Move…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="224" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="241" />
            <source>округ %1</source>
            <translation>district %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="254" />
            <source>Знайдіть і виберіть людину зі списку.</source>
            <translation>Find and select a person in the list.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="262" />
            <source>Виберіть інший округ, ніж теперішній.</source>
            <translation>Choose a district other than the current one.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="264" />
            <source>Перевести «%1» з округу «%2» до округу «%3»? Комп’ютери нового округу отримають її дані під час наступної синхронізації, а комп’ютери старого — вилучать.</source>
            <translation>Move “%1” from the district “%2” to the district “%3”? The new district's computers receive the data at their next sync, and the old district's computers remove it.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/server_admin_dialogs.py" line="269" />
            <source>без округу</source>
            <translation>no district</translation>
        </message>
    </context>
    <context>
        <name>ServicePicker</name>
        <message>
            <location filename="../../socdesk/ui/service_picker.py" line="61" />
            <source>Пошук послуги за кодом або назвою…</source>
            <translation>Search a service by code or name…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/service_picker.py" line="73" />
            <source>Такої послуги в Класифікаторі немає.</source>
            <translation>The Classifier has no such service.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/service_picker.py" line="156" />
            <source>Послуги з Класифікатора</source>
            <translation>Services from the Classifier</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/service_picker.py" line="187" />
            <source>Послуга з Класифікатора…</source>
            <translation>Service from the Classifier…</translation>
        </message>
    </context>
    <context>
        <name>ServiceRound</name>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="97" />
            <source>Обхід за день</source>
            <translation>Day's round</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="119" />
            <source>Отримувач</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="120" />
            <source>Населений пункт</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="122" />
            <source>Кількість</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="136" />
            <source>Дата:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="137" />
            <source>Послуга:</source>
            <translation>Service:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="138" />
            <source>Працівник:</source>
            <translation>Worker:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="62" />
            <source>понеділок</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="63" />
            <source>вівторок</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="64" />
            <source>середа</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="65" />
            <source>четвер</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="66" />
            <source>пʼятниця</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="67" />
            <source>субота</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="68" />
            <source>неділя</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="112" />
            <source>— виберіть працівника —</source>
            <translation>— choose a worker —</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="121" />
            <source>Уже записано</source>
            <translation>Already logged</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="174" />
            <source>Виберіть працівника: буде показано його отримувачів на цей день.</source>
            <translation>Choose a worker to see their recipients for the day.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="179" />
            <source>%1, %2: за договорами цього працівника послугу цього дня не надають. Виберіть інший день.</source>
            <translation>%1, %2: this worker’s contracts do not provide the service on this day. Choose another day.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="188" />
            <source>Отримувачів на цей день: %1 (одиниця: %2). Зніміть позначку з тих, кого не відвідали; кому вже записано, позначки не мають.</source>
            <translation>Recipients due this day: %1 (unit: %2). Untick those not visited; those already logged are not ticked.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="221" />
            <source>Не позначено жодного отримувача.</source>
            <translation>No recipient is ticked.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="243" />
            <source>Задовгий робочий день</source>
            <translation>Working day too long</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="244" />
            <source>Разом із цим обходом у працівника %1 за %2 буде %3 — більше, ніж %4 робочого дня. Перевірте кількість. Записати все одно?</source>
            <translation>With this round, %1 would have %3 on %2 — more than a working day of %4. Check the amounts. Record anyway?</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="260" />
            <source>Працівник</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="261" />
            <source>Отримувачів</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="262" />
            <source>Записів</source>
            <translation>Lines</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="263" />
            <source>Годин</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="269" />
            <source>(не зазначено)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="289" />
            <source>Навантаження працівників</source>
            <translation>Workers' workload</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="293" />
            <source>Показати</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="299" />
            <source>З:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="301" />
            <source>по:</source>
            <translation>to:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/case/service_round.py" line="318" />
            <source>Усього: %1</source>
            <translation>Total: %1</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="60" />
            <source>Налаштування</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="67" />
            <source> хв</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="69" />
            <source>Нова мова діятиме після перезапуску SocDesk.</source>
            <translation>A new language takes effect when SocDesk restarts.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="82" />
            <source>Вибрати…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="84" />
            <source>Прибрати</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="96" />
            <source>Мова інтерфейсу:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="97" />
            <source>Блокувати після бездіяльності:</source>
            <translation>Lock after being idle for:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="99" />
            <source>Префікс нумерації справ:</source>
            <translation>Case number prefix:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="100" />
            <source>Логотип центру в документах:</source>
            <translation>The centre's logo on documents:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="112" />
            <source>Логотип центру</source>
            <translation>The centre's logo</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="127" />
            <source>немає</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/settings.py" line="131" />
            <source>не зображення</source>
            <translation>not an image</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="53" />
            <source>Надавач послуг (друкується в документах)</source>
            <translation>Service provider (printed on documents)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="17" />
            <source>Назва надавача:</source>
            <translation>Provider's name:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="18" />
            <source>напр. Центр надання соціальних послуг … сільської ради</source>
            <translation>e.g. Social Services Centre of … village council</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="21" />
            <source>Адреса:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="22" />
            <source>індекс, область, населений пункт, вулиця</source>
            <translation>postcode, region, settlement, street</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="24" />
            <source>Код ЄДРПОУ:</source>
            <translation>EDRPOU code:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="24" />
            <source>8 цифр</source>
            <translation>8 digits</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="26" />
            <source>Керівник (ПІБ):</source>
            <translation>Head (full name):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="27" />
            <location filename="../../socdesk/ui/admin/centre.py" line="35" />
            <source>напр. Петренко Ольга Іванівна</source>
            <translation>e.g. Петренко Ольга Іванівна</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="30" />
            <source>Договори підписує (посада):</source>
            <translation>Contracts signed by (position):</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="31" />
            <source>напр. Директор</source>
            <translation>e.g. Director</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="34" />
            <source>ПІБ підписанта:</source>
            <translation>Signatory's full name:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="38" />
            <source>Діє на підставі:</source>
            <translation>Acting under:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="39" />
            <source>напр. Положення про центр; довіреності від … № …</source>
            <translation>e.g. Положення про центр; довіреності від … № …</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="42" />
            <source>Місце укладення договорів:</source>
            <translation>Place where contracts are signed:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/centre.py" line="43" />
            <source>напр. с. Бабенкове</source>
            <translation>e.g. с. Бабенкове</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="88" />
            <source>SocDesk — вхід</source>
            <translation>SocDesk — sign in</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="102" />
            <source>Увійти</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="104" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="107" />
            <source>Усі паролі забуто: відкрити ключем відновлення</source>
            <translation>Every password forgotten: open with the recovery key</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="116" />
            <source>Користувач:</source>
            <translation>User:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="117" />
            <location filename="../../socdesk/ui/signin.py" line="144" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="122" />
            <source>Облік отримувачів соціальних послуг</source>
            <translation>Register of social-service recipients</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="144" />
            <source>Ключ відновлення:</source>
            <translation>Recovery key:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="156" />
            <source>Введіть ключ відновлення.</source>
            <translation>Enter the recovery key.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="167" />
            <source>Введіть ім’я користувача і пароль.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/signin.py" line="179" />
            <source>Перевіряю пароль і відкриваю зашифровані дані…</source>
            <translation>Checking the password and opening the encrypted data…</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="29" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="30" />
            <source>Стан</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="31" />
            <source>Загальна оцінка</source>
            <translation>Overall rating</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="44" />
            <source>завершено %1</source>
            <translation>completed %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="47" />
            <source>чернетка</source>
            <translation>draft</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="81" />
            <source>&amp;Нова анкета…</source>
            <translation>&amp;New questionnaire…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="84" />
            <source>Від&amp;крити анкету</source>
            <translation>&amp;Open questionnaire</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/surveys.py" line="87" />
            <source>Анкета оцінки задоволеності якістю соціальних послуг (Порядок моніторингу та оцінки якості, ПКМУ № 449): відповіді отримувача або його представника.</source>
            <translation>The questionnaire on satisfaction with the quality of social services (monitoring and quality assessment procedure, CMU No. 449): the answers of the recipient or their representative.</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="12" />
            <source>Нічого робити не треба: запис застосується сам, щойно надійде те, на що він спирається.</source>
            <translation>Nothing to do: the record will apply by itself as soon as what it depends on arrives.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="16" />
            <source>Повідомте адміністратора сервера; запис збережено й не загублено.</source>
            <translation>Tell the server administrator; the record is kept and not lost.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="20" />
            <source>Змінює запис, якого тут ще немає.</source>
            <translation>It changes a record that is not here yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="21" />
            <source>Посилається на запис, якого тут ще немає.</source>
            <translation>It refers to a record that is not here yet.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="23" />
            <source>Годинник комп’ютера, де зроблено зміну, іде вперед.</source>
            <translation>The clock of the computer where the change was made is ahead.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="24" />
            <source>Перевірте дату й час на обох комп’ютерах; запис застосується після синхронізації.</source>
            <translation>Check the date and time on both computers; the record will apply after a sync.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="29" />
            <source>Час зміни в записі пошкоджено.</source>
            <translation>The change time in the record is damaged.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="31" />
            <source>Значення поля має неправильний вигляд.</source>
            <translation>A field's value has the wrong form.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="32" />
            <source>Повідомте координатора: запис треба виправити там, де його зроблено.</source>
            <translation>Tell the coordinator: the record must be corrected where it was made.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="34" />
            <source>Запис порушує правила сховища.</source>
            <translation>The record breaks the store's rules.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="36" />
            <source>Запис новішої версії SocDesk.</source>
            <translation>A record from a newer version of SocDesk.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="37" />
            <source>Оновіть SocDesk: після оновлення запис застосується.</source>
            <translation>Update SocDesk: the record will apply after the update.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="39" />
            <source>Запис надійшов удруге з іншим вмістом.</source>
            <translation>The record arrived a second time with different content.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="41" />
            <source>Запис стосується округу, якого цей комп’ютер не обслуговує.</source>
            <translation>The record belongs to a district this computer does not serve.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="42" />
            <source>Перевірте населений пункт особи. Переводить особу в інший округ координатор.</source>
            <translation>Check the person's settlement. The coordinator moves a person to another district.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="48" />
            <source>Запис надіслано від імені іншого комп’ютера.</source>
            <translation>The record was sent in the name of another computer.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="51" />
            <source>Запис пошкоджено в дорозі.</source>
            <translation>The record was damaged on the way.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="54" />
            <source>Успішно</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="55" />
            <source>Частково: є затримані записи</source>
            <translation>Partly: some records are held</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="56" />
            <source>Сервер недоступний</source>
            <translation>Server unreachable</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="57" />
            <source>Сервер не прийняв комп’ютер</source>
            <translation>Server refused the computer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="58" />
            <source>Не вдалася</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/reasons.py" line="59" />
            <source>Скасовано</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="19" />
            <location filename="../../socdesk/ui/sync/names.py" line="37" />
            <source>Громада</source>
            <translation>Community</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="20" />
            <location filename="../../socdesk/ui/sync/names.py" line="35" />
            <source>Старостинський округ</source>
            <translation>Starosta district</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="21" />
            <source>Соціальна послуга (класифікатор)</source>
            <translation>Social service (classifier)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="22" />
            <source>Складна життєва обставина (класифікатор)</source>
            <translation>Difficult life circumstance (classifier)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="23" />
            <source>Категорія отримувачів</source>
            <translation>Recipient category</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="24" />
            <source>Прожитковий мінімум</source>
            <translation>Subsistence minimum</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="25" />
            <source>Строк за законом</source>
            <translation>Statutory deadline</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="26" />
            <source>Період воєнного стану</source>
            <translation>Martial law period</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="27" />
            <source>Довідковий документ</source>
            <translation>Reference document</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="28" />
            <location filename="../../socdesk/ui/sync/names.py" line="76" />
            <source>Особа</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="29" />
            <source>Оплата за договором</source>
            <translation>Contract payment</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="30" />
            <source>Доступ до чутливих даних з обґрунтуванням</source>
            <translation>Access to sensitive data with a reason</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="33" />
            <source>Коли надано</source>
            <translation>Granted at</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="34" />
            <source>Діє до</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="36" />
            <source>Старостинські округи</source>
            <translation>Starosta districts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="38" />
            <source>Код КАТОТТГ</source>
            <translation>KATOTTH code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="39" />
            <source>Область</source>
            <translation>Oblast</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="40" />
            <source>Район</source>
            <translation>Raion</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="41" />
            <source>Рішення про утворення</source>
            <translation>Establishing decision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="42" />
            <source>Категорія</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="43" />
            <source>Код</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="44" />
            <source>Одиниця виміру</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="45" />
            <source>Базова послуга</source>
            <translation>Basic service</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="46" />
            <source>Достовірність</source>
            <translation>Reliability</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="47" />
            <source>Чинний з</source>
            <translation>In force from</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="48" />
            <source>Чинний до</source>
            <translation>In force until</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="49" />
            <source>Група населення</source>
            <translation>Population group</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="50" />
            <source>Сума</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="51" />
            <source>Тривалість</source>
            <translation>Duration</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="52" />
            <source>Джерело</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="53" />
            <location filename="../../socdesk/ui/sync/screen.py" line="83" />
            <source>Початок</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="54" />
            <source>Кінець</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="55" />
            <source>Назва надавача</source>
            <translation>Provider's name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="56" />
            <source>Адреса надавача</source>
            <translation>Provider's address</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="57" />
            <source>Код ЄДРПОУ</source>
            <translation>EDRPOU code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="58" />
            <source>Початок номера справи</source>
            <translation>Case number prefix</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="59" />
            <source>Логотип</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="60" />
            <source>Керівник</source>
            <translation>Head</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="61" />
            <source>Посада підписанта</source>
            <translation>Signatory's position</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="62" />
            <source>Підписант</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="63" />
            <source>Підстава підпису</source>
            <translation>Signatory's authority</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="64" />
            <source>Місце укладення договорів</source>
            <translation>Place where contracts are signed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="65" />
            <source>Прізвище</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="66" />
            <source>Ім’я</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="67" />
            <source>По батькові</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="68" />
            <source>Посада</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="69" />
            <source>Телефон</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="70" />
            <source>Працює</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="71" />
            <source>Домогосподарство</source>
            <translation>Household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="72" />
            <source>Відмінки імені</source>
            <translation>Name in grammatical cases</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="73" />
            <source>Знеособлення й виправлення</source>
            <translation>Anonymisation and corrections</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="74" />
            <source>Порядок у списку</source>
            <translation>Order in lists</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="75" />
            <source>Голова домогосподарства</source>
            <translation>Head of household</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="77" />
            <source>Дата входження</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="78" />
            <source>Дата виходу</source>
            <translation>Left on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="79" />
            <source>Спосіб звернення</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="80" />
            <source>Заявник</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="81" />
            <source>В інтересах особи</source>
            <translation>On the person's behalf</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="82" />
            <source>Послуги</source>
            <translation>Services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="83" />
            <source>Екстрено</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="84" />
            <source>Дата одержання</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="85" />
            <source>Дата закриття</source>
            <translation>Closed on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="86" />
            <source>Справа</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="87" />
            <source>Попередній стан</source>
            <translation>Previous state</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="88" />
            <source>Новий стан</source>
            <translation>New state</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="89" />
            <source>Дата</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="90" />
            <location filename="../../socdesk/ui/sync/names.py" line="104" />
            <source>Підстава</source>
            <translation>Ground</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="91" />
            <source>Норма закону</source>
            <translation>Legal provision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="92" />
            <source>Форма</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="93" />
            <source>Редакція форми</source>
            <translation>Form version</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="94" />
            <source>Відповіді</source>
            <translation>Answers</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="96" />
            <source>Дата завершення</source>
            <translation>Completed on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="97" />
            <source>Попередня редакція</source>
            <translation>Previous version</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="98" />
            <source>Причина виправлення</source>
            <translation>Reason for correction</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="99" />
            <source>Дата декларації</source>
            <translation>Declared on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="100" />
            <source>Члени сім’ї</source>
            <translation>Family members</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="101" />
            <source>Вид</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="102" />
            <source>Дата рішення</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="103" />
            <source>Потребує послуг</source>
            <translation>Needs services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="105" />
            <source>Підписаний папір</source>
            <translation>Signed paper</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="106" />
            <source>Умови оплати</source>
            <translation>Payment terms</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="107" />
            <source>Дохід</source>
            <translation>Income</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="108" />
            <source>Дата видачі</source>
            <translation>Delivered on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="109" />
            <source>Дата підписання</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="110" />
            <source>Законний представник</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="111" />
            <source>Підстава представництва</source>
            <translation>Representative's authority</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="112" />
            <source>Місце надання</source>
            <translation>Place of services</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="113" />
            <source>Кроки оплати</source>
            <translation>Payment steps</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="114" />
            <source>Дата припинення</source>
            <translation>Terminated on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="115" />
            <source>Редакція</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="116" />
            <source>Дата складання</source>
            <translation>Made on</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="117" />
            <source>Дата перегляду</source>
            <translation>Review date</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="118" />
            <source>Ступінь потреби</source>
            <translation>Degree of need</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="119" />
            <source>Цілі</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="120" />
            <source>Заходи</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="121" />
            <source>Участь отримувача</source>
            <translation>Recipient's participation</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="122" />
            <source>Результат перегляду</source>
            <translation>Review result</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="123" />
            <source>Послуга</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="124" />
            <source>Кількість</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="125" />
            <source>Про кого</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="126" />
            <source>Коли надруковано</source>
            <translation>Printed at</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="127" />
            <source>Хто надрукував</source>
            <translation>Printed by</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="128" />
            <source>Зміст</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="129" />
            <source>Контрольна сума</source>
            <translation>Checksum</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="130" />
            <source>Копія документа</source>
            <translation>Copy of</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="131" />
            <source>Сторінки</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="132" />
            <source>Договір</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="133" />
            <source>Місяць</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="134" />
            <source>Нараховано</source>
            <translation>Charged</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="136" />
            <source>Квитанція</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="137" />
            <source>Хто записав</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="138" />
            <source>Код документа</source>
            <translation>Document code</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="139" />
            <source>Версія</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="140" />
            <source>Діє з</source>
            <translation>In force from</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="141" />
            <source>Зміст документа</source>
            <translation>Document content</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="142" />
            <source>Хто опублікував</source>
            <translation>Published by</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="84" />
            <source>Результат</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="85" />
            <source>Надіслано</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="135" />
            <location filename="../../socdesk/ui/sync/screen.py" line="86" />
            <source>Отримано</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="87" />
            <source>Конфлікти</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="88" />
            <source>Повідомлення і що робити</source>
            <translation>Message and what to do</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="91" />
            <location filename="../../socdesk/ui/sync/screen.py" line="97" />
            <source>Запис</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="93" />
            <source>Коли</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/names.py" line="95" />
            <location filename="../../socdesk/ui/sync/screen.py" line="94" />
            <source>Стан</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="92" />
            <source>Змінені поля</source>
            <translation>Changed fields</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="98" />
            <source>Де</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="99" />
            <source>Причина</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="100" />
            <source>Що робити</source>
            <translation>What to do</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="132" />
            <source>Особа (запис видалено)</source>
            <translation>Person (record deleted)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="144" />
            <source>див. «Затримані»</source>
            <translation>see “Held”</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="155" />
            <source>надіслано, чекає відповіді</source>
            <translation>sent, waiting for the answer</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="157" />
            <source>ще не надіслано</source>
            <translation>not sent yet</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="180" />
            <source>на сервері</source>
            <translation>on the server</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="180" />
            <source>тут</source>
            <translation>here</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="200" />
            <source>SocDesk — стан синхронізації</source>
            <translation>SocDesk — sync status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="262" />
            <source>Синхронізувати зараз (F9)</source>
            <translation>Sync now (F9)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="268" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="278" />
            <source>Відкрити конфлікт…</source>
            <translation>Open conflict…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="283" />
            <source>Закрити</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="300" />
            <source>Сервер: %1; робоче місце «%2»</source>
            <translation>Server: %1; workplace “%2”</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="326" />
            <source>Історія</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/screen.py" line="345" />
            <source>показано перші %1</source>
            <translation>showing the first %1</translation>
        </message>
        <message numerus="yes">
            <source>%n запис затримано</source>
            <translation>
                <numerusform>%n record held</numerusform>
                <numerusform>%n records held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Затримані (%n)</source>
            <translation>
                <numerusform>Held (%n)</numerusform>
                <numerusform>Held (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Конфлікти (%n)</source>
            <translation>
                <numerusform>Conflicts (%n)</numerusform>
                <numerusform>Conflicts (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Очікують надсилання (%n)</source>
            <translation>
                <numerusform>Waiting to be sent (%n)</numerusform>
                <numerusform>Waiting to be sent (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSession</name>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="29" />
            <source>Сеанс цього пристрою на сервері: токен видано %1, перед цим запитом його використано %2; його буде замінено не пізніше %3 (під час синхронізації).</source>
            <translation>This device's session on the server: token issued %1, used before this request %2; it will be replaced no later than %3 (during a sync).</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="41" />
            <source>Токен буде замінено під час найближчої синхронізації.</source>
            <translation>The token will be replaced at the next sync.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="54" />
            <source>Завершити сеанс цього пристрою…</source>
            <translation>End this device's session…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="91" />
            <source>Сеанс цього пристрою на сервері зараз невідомий: %1</source>
            <translation>This device's session on the server is unknown right now: %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="100" />
            <source>Завершити сеанс цього пристрою</source>
            <translation>End this device's session</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="101" />
            <source>Завершити сеанс цього пристрою на сервері? Його токен перестане діяти назавжди, синхронізація припиниться, а щоб підключити комп’ютер знову, потрібен новий код від координатора. Зміни, ще не надіслані на сервер, лишаться тут і будуть надіслані після нового підключення.</source>
            <translation>End this device's session on the server? Its token will stop working for good, sync will stop, and connecting this computer again needs a new code from the coordinator. Changes not yet sent to the server stay here and will be sent after the new connection.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="119" />
            <source>Сеанс завершено: цей комп’ютер відключено від сервера. Щоб підключити його знову, попросіть у координатора новий код.</source>
            <translation>Session ended: this computer is disconnected from the server. To connect it again, ask the coordinator for a new code.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="135" />
            <source>Сеанс не завершено</source>
            <translation>Session not ended</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/session_box.py" line="136" />
            <source>Сеанс не завершено: %1 Перевірте зв’язок із сервером і спробуйте ще раз.</source>
            <translation>Session not ended: %1 Check the connection to the server and try again.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="76" />
            <source>&amp;Адміністрування сервера…</source>
            <translation>Server &amp;administration…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="84" />
            <source>&amp;Синхронізація</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="87" />
            <source>Синхронізувати &amp;зараз</source>
            <translation>Sync &amp;now</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="90" />
            <source>&amp;Стан синхронізації…</source>
            <translation>Sync &amp;status…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="98" />
            <source>&amp;Підключення до сервера…</source>
            <translation>&amp;Connect to server…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="133" />
            <source>Синхронізація вже триває.</source>
            <translation>A sync is already running.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="138" />
            <location filename="../../socdesk/ui/sync/install.py" line="148" />
            <source>Синхронізація</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/install.py" line="139" />
            <source>Цей комп’ютер не підключено до сервера. Підключає його координатор: меню «Синхронізація» → «Підключення до сервера…», з кодом підключення.</source>
            <translation>This computer is not connected to a server. The coordinator connects it: menu “Sync” → “Connect to server…”, with a connection code.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/status_bar.py" line="47" />
            <source>Скасувати</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/status_bar.py" line="69" />
            <source>Стан синхронізації; F9 — синхронізувати зараз</source>
            <translation>Sync status; F9 — sync now</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/status_bar.py" line="95" />
            <source>Зупиняю синхронізацію…</source>
            <translation>Stopping the sync…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="47" />
            <source>Цей комп’ютер відключено від сервера, і зміни більше не надсилаються. Попросіть координатора створити новий код підключення й підключіться знову: меню «Синхронізація» → «Підключення до сервера…». Незбережені на сервері зміни лишаються на цьому комп’ютері.</source>
            <translation>This computer has been disconnected from the server, and changes are no longer sent. Ask the coordinator to create a new connection code and connect again: menu “Sync” → “Connect to server…”. Changes not yet on the server stay on this computer.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="53" />
            <source>Сервер не відповідає: немає інтернету, сервер вимкнено або адреса неправильна. Працюйте далі як завжди: зміни збережено тут, і SocDesk надішле їх сам, щойно сервер стане доступним.</source>
            <translation>The server does not answer: no internet, the server is off, or the address is wrong. Keep working as usual: changes are saved here, and SocDesk will send them by itself as soon as the server is reachable.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="60" />
            <source>Комп’ютер не підключено до сервера — Синхронізація → Підключення до сервера… (Ctrl+F9)</source>
            <translation>This computer is not connected to a server — Sync → Connect to server… (Ctrl+F9)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="64" />
            <source>Комп’ютер не підключено до сервера — зверніться до координатора</source>
            <translation>This computer is not connected to a server — ask the coordinator</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="84" />
            <source>щойно</source>
            <translation>just now</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="107" />
            <source>відключено від сервера: потрібен новий код</source>
            <translation>disconnected from the server: a new code is needed</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="109" />
            <source>синхронізація…</source>
            <translation>syncing…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="112" />
            <source>сервер недоступний з %1</source>
            <translation>server unreachable since %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="115" />
            <source>синхронізація не вдалася (%1)</source>
            <translation>sync failed (%1)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="118" />
            <source>ще не синхронізовано</source>
            <translation>not synced yet</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/sync/words.py" line="119" />
            <source>синхронізовано %1</source>
            <translation>synced %1</translation>
        </message>
        <message numerus="yes">
            <source>%n хв тому</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n год тому</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n запис затримано</source>
            <translation>
                <numerusform>%n record held</numerusform>
                <numerusform>%n records held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n зміна очікує</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="35" />
            <source>Фахівець із соціальної роботи</source>
            <translation>Social work specialist</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="36" />
            <source>Працівник центру</source>
            <translation>Centre staff</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="37" />
            <source>Координатор</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="38" />
            <source>Керівник (лише перегляд і звіти)</source>
            <translation>Head (view and reports only)</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="41" />
            <source>Ім’я для входу</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="42" />
            <source>Прізвище та ім’я</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="43" />
            <source>Роль</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="44" />
            <source>Стан</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="80" />
            <source>вимкнено</source>
            <translation>disabled</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="80" />
            <source>активний</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="100" />
            <source>Поточний пароль:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="103" />
            <source>Новий пароль:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="104" />
            <source>Новий пароль ще раз:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="120" />
            <source>Новий користувач</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="130" />
            <source>Прізвище та ім’я:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="131" />
            <source>Ім’я для входу:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="132" />
            <location filename="../../socdesk/ui/admin/users.py" line="266" />
            <source>Роль:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="133" />
            <source>Пароль:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="134" />
            <source>Пароль ще раз:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="141" />
            <source>Вкажіть прізвище та ім’я користувача.</source>
            <translation>Enter the user's full name.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="143" />
            <source>Користувач «%1» уже є; виберіть інше ім’я для входу.</source>
            <translation>User “%1” already exists; choose another login.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="165" />
            <source>Користувачі робочого місця</source>
            <translation>Users of this workplace</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="176" />
            <source>&amp;Додати…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="177" />
            <source>Змінити &amp;роль…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="178" />
            <source>Задати &amp;пароль…</source>
            <translation>Set &amp;password…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="179" />
            <location filename="../../socdesk/ui/admin/users.py" line="222" />
            <source>&amp;Вимкнути</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="222" />
            <source>&amp;Увімкнути…</source>
            <translation>&amp;Enable…</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="251" />
            <source>Користувача додано.</source>
            <translation>User added.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="262" />
            <source>Роль користувача %1</source>
            <translation>Role of user %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="271" />
            <source>Роль змінено.</source>
            <translation>Role changed.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="282" />
            <source>Новий пароль для %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="287" />
            <source>Пароль змінено; повідомте його користувачу особисто.</source>
            <translation>Password changed; tell it to the user in person.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="300" />
            <source>Вимкнути користувача</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="301" />
            <source>Вимкнути користувача %1? Він більше не зможе увійти; його записи залишаться.</source>
            <translation>Disable user %1? They will no longer be able to sign in; their records stay.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="309" />
            <source>Користувача вимкнено.</source>
            <translation>User disabled.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="313" />
            <source>Увімкнути %1 з новим паролем</source>
            <translation>Enable %1 with a new password</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="318" />
            <source>Користувача увімкнено з новим паролем.</source>
            <translation>User enabled with a new password.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="327" />
            <source>Зміна пароля</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="336" />
            <source>Поточний пароль неправильний.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../socdesk/ui/admin/users.py" line="341" />
            <source>Пароль змінено.</source>
            <translation>Password changed.</translation>
        </message>
    </context>
</TS>
