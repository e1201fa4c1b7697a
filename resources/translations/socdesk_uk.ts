<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="uk">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Імпортовано %n особу</source>
            <translation>
                <numerusform>Імпортовано %n особу</numerusform>
                <numerusform>Імпортовано %n особи</numerusform>
                <numerusform>Імпортовано %n осіб</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Експортовано %n особу до файлу %1</source>
            <translation>
                <numerusform>Експортовано %n особу до файлу %1</numerusform>
                <numerusform>Експортовано %n особи до файлу %1</numerusform>
                <numerusform>Експортовано %n осіб до файлу %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonPanels</name>
        <message numerus="yes">
            <source>У домогосподарстві %n особа.</source>
            <translation>
                <numerusform>У домогосподарстві %n особа.</numerusform>
                <numerusform>У домогосподарстві %n особи.</numerusform>
                <numerusform>У домогосподарстві %n осіб.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegistryView</name>
        <message numerus="yes">
            <source>У реєстрі %n отримувач</source>
            <translation>
                <numerusform>У реєстрі %n отримувач</numerusform>
                <numerusform>У реєстрі %n отримувачі</numerusform>
                <numerusform>У реєстрі %n отримувачів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Показано %n перших збігів; гортайте, щоб побачити ще.</source>
            <translation>
                <numerusform>Показано %n перший збіг; гортайте, щоб побачити ще.</numerusform>
                <numerusform>Показано %n перші збіги; гортайте, щоб побачити ще.</numerusform>
                <numerusform>Показано %n перших збігів; гортайте, щоб побачити ще.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Знайдено %n особу</source>
            <translation>
                <numerusform>Знайдено %n особу</numerusform>
                <numerusform>Знайдено %n особи</numerusform>
                <numerusform>Знайдено %n осіб</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message numerus="yes">
            <source>%n запис затримано</source>
            <translation>
                <numerusform>%n запис затримано</numerusform>
                <numerusform>%n записи затримано</numerusform>
                <numerusform>%n записів затримано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Очікують надсилання (%n)</source>
            <translation>
                <numerusform>Очікують надсилання (%n)</numerusform>
                <numerusform>Очікують надсилання (%n)</numerusform>
                <numerusform>Очікують надсилання (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Затримані (%n)</source>
            <translation>
                <numerusform>Затримані (%n)</numerusform>
                <numerusform>Затримані (%n)</numerusform>
                <numerusform>Затримані (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Конфлікти (%n)</source>
            <translation>
                <numerusform>Конфлікти (%n)</numerusform>
                <numerusform>Конфлікти (%n)</numerusform>
                <numerusform>Конфлікти (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n хв тому</source>
            <translation>
                <numerusform>%n хв тому</numerusform>
                <numerusform>%n хв тому</numerusform>
                <numerusform>%n хв тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n год тому</source>
            <translation>
                <numerusform>%n год тому</numerusform>
                <numerusform>%n год тому</numerusform>
                <numerusform>%n год тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n зміна очікує надсилання</source>
            <translation>
                <numerusform>%n зміна очікує надсилання</numerusform>
                <numerusform>%n зміни очікують надсилання</numerusform>
                <numerusform>%n змін очікують надсилання</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n запис затримано</source>
            <translation>
                <numerusform>%n запис затримано</numerusform>
                <numerusform>%n записи затримано</numerusform>
                <numerusform>%n записів затримано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n зміна очікує</source>
            <translation>
                <numerusform>%n зміна очікує</numerusform>
                <numerusform>%n зміни очікують</numerusform>
                <numerusform>%n змін очікують</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bundles</name>
        <message numerus="yes">
            <source>Готово до імпорту пакетів: %n.</source>
            <translation>
                <numerusform>Готово до імпорту пакетів: %n.</numerusform>
                <numerusform>Готово до імпорту пакетів: %n.</numerusform>
                <numerusform>Готово до імпорту пакетів: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BundleHealth</name>
        <message numerus="yes">
            <source>Відкритих конфліктів: %n.</source>
            <translation>
                <numerusform>Відкритих конфліктів: %n.</numerusform>
                <numerusform>Відкритих конфліктів: %n.</numerusform>
                <numerusform>Відкритих конфліктів: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Наших змін чекають підтвердження центру: %n.</source>
            <translation>
                <numerusform>Наших змін чекають підтвердження центру: %n.</numerusform>
                <numerusform>Наших змін чекають підтвердження центру: %n.</numerusform>
                <numerusform>Наших змін чекають підтвердження центру: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Бракує пакетів: %n. Попросіть відправника записати новий пакет: він міститиме все, що ще не підтверджено.</source>
            <translation>
                <numerusform>Бракує пакетів: %n. Попросіть відправника записати новий пакет: він міститиме все, що ще не підтверджено.</numerusform>
                <numerusform>Бракує пакетів: %n. Попросіть відправника записати новий пакет: він міститиме все, що ще не підтверджено.</numerusform>
                <numerusform>Бракує пакетів: %n. Попросіть відправника записати новий пакет: він міститиме все, що ще не підтверджено.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ще жодного разу не синхронізувалися: %n.</source>
            <translation>
                <numerusform>Ще жодного разу не синхронізувалися: %n.</numerusform>
                <numerusform>Ще жодного разу не синхронізувалися: %n.</numerusform>
                <numerusform>Ще жодного разу не синхронізувалися: %n.</numerusform>
            </translation>
        </message>
    </context>
</TS>
