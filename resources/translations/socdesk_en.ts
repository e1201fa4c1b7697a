<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="uk">
<context>
    <name>App</name>
    <message>
        <location filename="../../socdesk/ui/app.py" line="63" />
        <source>У папці %1 ще немає даних SocDesk. Щоб спробувати програму, створіть демонстраційну громаду командою: socdesk demo --data-dir %1</source>
        <translation>There is no SocDesk data in %1 yet. To try the program, create a demo community with: socdesk demo --data-dir %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="50" />
        <source>SocDesk — можливий дублікат</source>
        <translation>SocDesk — possible duplicate</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="60" />
        <source>Чому це інша особа (наприклад: тезка, інша дата в документі)</source>
        <translation>Why this is another person (e.g. same name, another date in the document)</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="62" />
        <source>Відкрити наявну картку</source>
        <translation>Open the existing card</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="63" />
        <source>Це інша особа — зберегти</source>
        <translation>This is another person — save</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="76" />
        <source>Введено</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="76" />
        <source>У реєстрі</source>
        <translation>In the register</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/duplicates_dialog.py" line="87" />
        <source>Схожі записи вже є в реєстрі:</source>
        <translation>Similar records are already in the register:</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../socdesk/ui/app.py" line="44" />
        <source>SocDesk — внутрішня помилка</source>
        <translation>SocDesk — internal error</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/app.py" line="45" />
        <source>Сталася внутрішня помилка; ваші збережені дані в безпеці. Подробиці записано в журнал у папці %1. Передайте цей файл координатору.</source>
        <translation>An internal error occurred; your saved data is safe. The details are in the log in %1. Please pass that file to your coordinator.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../socdesk/ui/lock.py" line="72" />
        <source>SocDesk заблоковано</source>
        <translation>SocDesk is locked</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/lock.py" line="79" />
        <source>Розблокувати</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/lock.py" line="84" />
        <source>Робоче місце заблоковано. Незбережені картки чекають.
Введіть пароль користувача %1.</source>
        <translation>The workplace is locked. Unsaved cards are waiting.
Enter the password of %1.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/lock.py" line="101" />
        <source>Введіть пароль.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/lock.py" line="117" />
        <source>Неправильний пароль.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="35" />
        <source>SocDesk — реєстр отримувачів</source>
        <translation>SocDesk — register of recipients</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="48" />
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="49" />
        <source>Ви&amp;йти</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="51" />
        <source>&amp;Реєстр</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="52" />
        <source>&amp;Нова особа</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="53" />
        <source>&amp;Пошук</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="55" />
        <source>&amp;Заблокувати</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="68" />
        <source>Користувач: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="69" />
        <source>Сховище: перевіряю…</source>
        <translation>Store: checking…</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="77" />
        <source>Сховище: зашифроване, справне</source>
        <translation>Store: encrypted, healthy</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="81" />
        <source>Сховище пошкоджене: не вносьте змін, зверніться до координатора</source>
        <translation>The store is damaged: make no changes, contact your coordinator</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="139" />
        <source>Знайдено незбережену картку «%1» від %2. Відновити її?</source>
        <translation>An unsaved card “%1” from %2 was found. Restore it?</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="142" />
        <source>Незбережена картка</source>
        <translation>Unsaved card</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="73" />
        <source>Дату народження введіть як ДД.ММ.РРРР, наприклад 28.02.1948.</source>
        <translation>Enter the date of birth as DD.MM.YYYY, for example 28.02.1948.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="99" />
        <source>Зберегти</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="101" />
        <source>Скасувати</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="103" />
        <source>Ctrl+S — зберегти, Esc — закрити</source>
        <translation>Ctrl+S — save, Esc — close</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="114" />
        <source>Нова особа</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="116" />
        <source>Картка особи</source>
        <translation>Person's card</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="226" />
        <source>Не дублікат: %1</source>
        <translation>Not a duplicate: %1</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="256" />
        <source>Зберегти картку попри це?</source>
        <translation>Save the card anyway?</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="257" />
        <source>Перевірте дані</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="285" />
        <source>Зберігаю…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="313" />
        <source>Незбережені зміни</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_card.py" line="314" />
        <source>Картку змінено. Закрити без збереження? Чернетку буде видалено.</source>
        <translation>The card has changed. Close without saving? The draft will be deleted.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="22" />
        <source>Прізвище</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="23" />
        <source>Ім’я</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="24" />
        <source>По батькові</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="25" />
        <source>Дата народження</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="26" />
        <source>Стать</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="27" />
        <source>РНОКПП</source>
        <translation>Tax number (RNOKPP)</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="28" />
        <source>Номер РНОКПП</source>
        <translation>RNOKPP number</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="29" />
        <source>Документ</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="30" />
        <source>Серія і номер</source>
        <translation>Series and number</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="31" />
        <source>УНЗР</source>
        <translation>UNZR</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="32" />
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="33" />
        <source>Населений пункт</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="34" />
        <source>Зареєстроване місце проживання</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="35" />
        <source>Фактичне місце проживання</source>
        <translation>Actual address</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="36" />
        <source>Примітки</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="41" />
        <source>жіноча</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="42" />
        <source>чоловіча</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="46" />
        <source>ще не відомий</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="47" />
        <source>відомий</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="48" />
        <source>відмова (релігійні переконання)</source>
        <translation>refused (religious beliefs)</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="52" />
        <source>ID-картка</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="53" />
        <source>паспорт-книжечка</source>
        <translation>passport booklet</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="54" />
        <source>свідоцтво про народження</source>
        <translation>birth certificate</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/person_fields.py" line="55" />
        <source>інший</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../socdesk/ui/ops.py" line="100" />
        <source>Скасувати</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/ops.py" line="121" />
        <source>Зупиняю…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>RecipientColumn</name>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="37" />
        <source>ПІБ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="44" />
        <source>Дата народження</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="51" />
        <source>РНОКПП</source>
        <translation>Tax number (RNOKPP)</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="58" />
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="65" />
        <source>Населений пункт</source>
        <translation>Settlement</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="165" />
        <source>Пошук: прізвище, ім’я, РНОКПП, документ, телефон, село</source>
        <translation>Search: surname, name, tax number, document, phone, village</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="207" />
        <source>Показано %1 перших збігів; гортайте, щоб побачити ще.</source>
        <translation>Showing the first %1 matches; scroll to see more.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="209" />
        <source>Знайдено: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="205" />
        <source>Отримувачів у реєстрі: %1</source>
        <translation>Recipients in the register: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="55" />
        <source>SocDesk — вхід</source>
        <translation>SocDesk — sign in</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="63" />
        <source>Увійти</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="65" />
        <source>Скасувати</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="73" />
        <source>Користувач:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="74" />
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="76" />
        <source>Облік отримувачів соціальних послуг</source>
        <translation>Register of social-service recipients</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="90" />
        <source>Введіть ім’я користувача і пароль.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="101" />
        <source>Перевіряю пароль…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
</TS>