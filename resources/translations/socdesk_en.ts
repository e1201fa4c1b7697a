<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="uk">
<context>
    <name>App</name>
    <message>
        <location filename="../../socdesk/ui/app.py" line="60"/>
        <source>У папці %1 ще немає даних SocDesk. Щоб спробувати програму, створіть демонстраційну громаду командою: socdesk demo --data-dir %1</source>
        <translation>There is no SocDesk data in %1 yet. To try the program, create a demo community with: socdesk demo --data-dir %1</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../socdesk/ui/app.py" line="41"/>
        <source>SocDesk — внутрішня помилка</source>
        <translation>SocDesk — internal error</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/app.py" line="42"/>
        <source>Сталася внутрішня помилка; ваші збережені дані в безпеці. Подробиці записано в журнал у папці %1. Передайте цей файл координатору.</source>
        <translation>An internal error occurred; your saved data is safe. The details are in the log in %1. Please pass that file to your coordinator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="17"/>
        <source>SocDesk — реєстр отримувачів</source>
        <translation>SocDesk — register of recipients</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="25"/>
        <source>&amp;Файл</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="26"/>
        <source>Ви&amp;йти</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="30"/>
        <source>&amp;Реєстр</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="31"/>
        <source>&amp;Пошук</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="40"/>
        <source>Користувач: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/main_window.py" line="41"/>
        <source>Сховище: зашифроване, справне</source>
        <translation>Store: encrypted, healthy</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../socdesk/ui/ops.py" line="100"/>
        <source>Скасувати</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/ops.py" line="121"/>
        <source>Зупиняю…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>RecipientColumn</name>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="37"/>
        <source>ПІБ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="44"/>
        <source>Дата народження</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="51"/>
        <source>РНОКПП</source>
        <translation>Tax number (RNOKPP)</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="58"/>
        <source>Телефон</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/columns.py" line="65"/>
        <source>Населений пункт</source>
        <translation>Settlement</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="165"/>
        <source>Пошук: прізвище, ім&apos;я, РНОКПП, документ, телефон, село</source>
        <translation>Search: surname, name, tax number, document, phone, village</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="207"/>
        <source>Показано %1 перших збігів; гортайте, щоб побачити ще.</source>
        <translation>Showing the first %1 matches; scroll to see more.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="209"/>
        <source>Знайдено: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/registry.py" line="205"/>
        <source>Отримувачів у реєстрі: %1</source>
        <translation>Recipients in the register: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="42"/>
        <source>SocDesk — вхід</source>
        <translation>SocDesk — sign in</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="53"/>
        <source>Увійти</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="55"/>
        <source>Скасувати</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="63"/>
        <source>Користувач:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="64"/>
        <source>Пароль:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="66"/>
        <source>Облік отримувачів соціальних послуг</source>
        <translation>Register of social-service recipients</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="80"/>
        <source>Введіть ім&apos;я користувача і пароль.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../socdesk/ui/signin.py" line="91"/>
        <source>Перевіряю пароль…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
</TS>
