<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/common/record_dialogs.py" line="+64"/>
        <source>Edit action</source>
        <translation>Golygu&apos;r cam gweithredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an agreed action</source>
        <translation>Ychwanegu cam gweithredu y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was agreed</source>
        <translation>Beth y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Headteacher, ALNCo, improvement partner</source>
        <translation>e.e. Pennaeth, CADY, partner gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a due date</source>
        <translation>Mae dyddiad erbyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;ho</source>
        <translation>P&amp;wy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;By when</source>
        <translation>&amp;Erbyn pryd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save action</source>
        <translation>Cadw&apos;r cam gweithredu</translation>
    </message>
</context>
<context>
    <name>AgreedDaysDialog</name>
    <message>
        <location filename="../../desktop/ui/school/details_dialogs.py" line="+41"/>
        <source>Days agreed for {0}</source>
        <translation>Diwrnodau a gytunwyd ar gyfer {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days agreed beyond the minimum</source>
        <translation>Diwrnodau a gytunwyd y tu hwnt i&apos;r isafswm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days of your time agreed with the school this year on top of the minimum for the sector ({0}); enhanced support usually needs more. Brokered support is counted separately.</source>
        <translation>Diwrnodau o&apos;ch amser chi a gytunwyd gyda&apos;r ysgol eleni ar ben yr isafswm ar gyfer y sector ({0}); fel arfer mae angen mwy ar gyfer cymorth ychwanegol. Caiff cymorth a drefnwyd ei gyfrif ar wahân.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Days agreed</source>
        <translation>&amp;Diwrnodau a gytunwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>AspectPanel</name>
    <message>
        <location filename="../../desktop/ui/visit/page.py" line="+291"/>
        <source>Next aspect ›</source>
        <translation>Yr agwedd nesaf ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Page Down</source>
        <translation>Ctrl+Shift+Page Down</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area of the national reform agenda</source>
        <translation>Maes o&apos;r agenda diwygio genedlaethol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}. {1}&#xa0;✓</source>
        <comment>a question step once answered</comment>
        <translation>{0}. {1}&#xa0;✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}. {1}</source>
        <comment>a question step</comment>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered</source>
        <translation>wedi&apos;i ateb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not answered</source>
        <translation>heb ei ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {0}: {1}, {2}</source>
        <translation>Cwestiwn {0}: {1}, {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‹ Previous question</source>
        <translation>‹ Cwestiwn blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Last judged {0}. “{1}”</source>
        <translation>Y farn ddiwethaf — {0}. “{1}”</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Last judgement</source>
        <translation>Y farn ddiwethaf</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Next question ›</source>
        <translation>Cwestiwn nesaf ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
</context>
<context>
    <name>AspectPicker</name>
    <message>
        <location filename="../../desktop/ui/common/record_dialogs.py" line="+152"/>
        <source>Priority: {0}</source>
        <translation>Blaenoriaeth: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reform area: {0}</source>
        <translation>Maes diwygio: {0}</translation>
    </message>
</context>
<context>
    <name>AspectsDialog</name>
    <message>
        <location filename="../../desktop/ui/visit/aspects_dialog.py" line="+26"/>
        <source>Aspects of this visit</source>
        <translation>Agweddau&apos;r ymweliad hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aspects to discuss</source>
        <translation>Agweddau i&apos;w trafod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save aspects</source>
        <translation>Cadw&apos;r agweddau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers already written for an aspect you untick are kept, and come back if you tick it again.</source>
        <translation>Caiff yr atebion sydd eisoes wedi&apos;u hysgrifennu ar gyfer agwedd y byddwch yn ei dad-dicio eu cadw, a byddan nhw&apos;n dod yn ôl os byddwch yn ei thicio eto.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../desktop/ui/caseload/page.py" line="+106"/>
        <source>The latest judgement of each priority this year: its rate of progress, ✓ on track or ⚠ off track</source>
        <translation>Y farn ddiweddaraf ar bob blaenoriaeth eleni: cyfradd y cynnydd, ✓ ar y trywydd iawn neu ⚠ ddim ar y trywydd iawn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>School and local authority</source>
        <translation>Ysgol ac awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of priorities</source>
        <translation>Cynnydd y blaenoriaethau</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Your days from visits this year against the sector minimum and the days agreed</source>
        <translation>Eich diwrnodau o ymweliadau eleni o&apos;u cymharu â&apos;r isafswm ar gyfer y sector a&apos;r diwrnodau a gytunwyd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your days</source>
        <translation>Eich diwrnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Ymweliad diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next key task ({0})</source>
        <translation>Y dasg allweddol nesaf ({0})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Moved on: read only until {0}</source>
        <translation>Wedi symud: darllen yn unig tan {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headteacher: {0}</source>
        <translation>Pennaeth: {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No priorities yet</source>
        <translation>Dim blaenoriaethau eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 priority, not yet judged</source>
        <translation>1 flaenoriaeth, heb farn eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} priorities, not yet judged</source>
        <translation>{0} blaenoriaeth, heb farn eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priorities recorded for this year</source>
        <translation>Dim blaenoriaethau wedi&apos;u cofnodi ar gyfer eleni</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} days</source>
        <translation>{0} diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} days</source>
        <translation>{0} o {1} diwrnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your days from visits: {0}. Due: the minimum for the sector ({1}) and {2} agreed. Brokered support, counted apart: {3} days.</source>
        <translation>Eich diwrnodau o ymweliadau: {0}. Dyledus: yr isafswm ar gyfer y sector ({1}) a {2} a gytunwyd. Cymorth a drefnwyd, wedi&apos;i gyfrif ar wahân: {3} diwrnod.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All covered this term</source>
        <translation>Y cyfan wedi&apos;i wneud y tymor hwn</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location line="+250"/>
        <source>All local authorities</source>
        <translation>Pob awdurdod lleol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sectors</source>
        <translation>Pob sector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core and enhanced</source>
        <translation>Craidd ac ychwanegol</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 school</source>
        <translation>1 ysgol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} schools</source>
        <translation>{0} ysgol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} schools shown</source>
        <translation>Yn dangos {0} o {1} ysgol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} on enhanced support</source>
        <translation>{0} yn cael cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} with a priority off track</source>
        <translation>{0} â blaenoriaeth ddim ar y trywydd iawn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No schools are allocated to you for this year yet. When your caseload is synced or imported, your schools appear here.</source>
        <translation>Nid oes ysgolion wedi&apos;u dyrannu i chi ar gyfer eleni eto. Pan fydd eich llwyth achosion wedi&apos;i gysoni neu ei fewnforio, bydd eich ysgolion yn ymddangos yma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No school matches. Clear the search or the filters.</source>
        <translation>Does dim ysgol yn cyfateb. Cliriwch y chwilio neu&apos;r hidlwyr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing {0}…</source>
        <translation>Wrthi’n mewnforio {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} schools imported.</source>
        <translation>Mewnforiwyd {0} o ysgolion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: the file is not a schools list SIPL can read.</source>
        <translation>Ni fewnforiwyd dim: nid yw’r ffeil yn rhestr ysgolion y gall SIPL ei darllen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Your caseload</source>
        <translation>Eich llwyth achosion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a school by name, number or place  (Ctrl+F)</source>
        <translation>Dod o hyd i ysgol yn ôl ei henw, ei rhif neu ei lle  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a school</source>
        <translation>Dod o hyd i ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by local authority</source>
        <translation>Hidlo yn ôl awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by sector</source>
        <translation>Hidlo yn ôl sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by support level</source>
        <translation>Hidlo yn ôl lefel cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off track only</source>
        <translation>Ddim ar y trywydd iawn yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only schools with a priority off track</source>
        <translation>Dangos dim ond ysgolion â blaenoriaeth ddim ar y trywydd iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen school&apos;s log (Enter)</source>
        <translation>Agor cofnod yr ysgol a ddewiswyd (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools in your caseload</source>
        <translation>Ysgolion yn eich llwyth achosion</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="+56"/>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window/shortcuts.py" line="+31"/>
        <location filename="../../desktop/ui/common/widgets.py" line="+15"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>ConflictDiffView</name>
    <message>
        <location filename="../../desktop/ui/common/conflict_diff.py" line="+534"/>
        <source>Words that differ from the other version: {0}</source>
        <translation>Geiriau sy&apos;n wahanol i&apos;r fersiwn arall: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No words differ from the other version.</source>
        <translation>Does dim geiriau&apos;n wahanol i&apos;r fersiwn arall.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Hide the original</source>
        <translation>Cuddio&apos;r gwreiddiol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the original, before both changes</source>
        <translation>Dangos y gwreiddiol, cyn y ddau newid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original was empty.</source>
        <translation>Roedd y gwreiddiol yn wag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original, before both changes</source>
        <translation>Y gwreiddiol, cyn y ddau newid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two versions differ only in spacing or line breaks.</source>
        <translation>Dim ond o ran bylchau neu doriadau llinell y mae&apos;r ddwy fersiwn yn wahanol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two versions are the same.</source>
        <translation>Mae&apos;r ddwy fersiwn yr un fath.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shaded and underlined: words that differ between the two versions. Striped: a paragraph only the other version has.</source>
        <translation>Wedi&apos;u lliwio a&apos;u tanlinellu: geiriau sy&apos;n wahanol rhwng y ddwy fersiwn. Streipiog: paragraff sydd yn y fersiwn arall yn unig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the original, struck through: words a version changed.</source>
        <translation>Yn y gwreiddiol, wedi&apos;u croesi allan: geiriau a newidiwyd gan un o&apos;r fersiynau.</translation>
    </message>
</context>
<context>
    <name>ConflictLabels</name>
    <message>
        <location line="-591"/>
        <source>Answer to an enquiry question</source>
        <translation>Ateb i gwestiwn ymholi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termly judgement</source>
        <translation>Barn dymhorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed action</source>
        <translation>Cam gweithredu y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice worth sharing</source>
        <translation>Arfer sy’n werth ei rhannu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School details</source>
        <translation>Manylion yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support level decision</source>
        <translation>Penderfyniad am lefel y cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced support review</source>
        <translation>Adolygiad cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation of the school</source>
        <translation>Dyrannu&apos;r ysgol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted on one laptop, changed on another</source>
        <translation>wedi’i ddileu ar un gliniadur, wedi’i newid ar un arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of progress</source>
        <translation>cyfradd y cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on or off track</source>
        <translation>ar y trywydd iawn neu beidio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rationale</source>
        <translation>rhesymeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>crynodeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact</source>
        <translation>effaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>diwrnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>dyddiad targed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who does it</source>
        <translation>pwy sy&apos;n gyfrifol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who made the judgement</source>
        <translation>pwy a wnaeth y farn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the judgement</source>
        <translation>dyddiad y farn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support level</source>
        <translation>lefel y cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new support level</source>
        <translation>lefel newydd y cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headteacher</source>
        <translation>pennaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position agreed</source>
        <translation>y sefyllfa y cytunwyd arni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area of the reform agenda</source>
        <translation>maes yr agenda ddiwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the visit</source>
        <translation>dyddiad yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the next visit</source>
        <translation>dyddiad yr ymweliad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose</source>
        <translation>diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of evidence</source>
        <translation>math o dystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supports or challenges</source>
        <translation>yn cefnogi neu&apos;n herio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider</source>
        <translation>darparwr</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>(kept, with the changes made since)</source>
        <translation>(wedi’i gadw, gyda’r newidiadau a wnaed ers hynny)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>(deleted)</source>
        <translation>(wedi&apos;i ddileu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Priority: {0} · {1} {2}</source>
        <translation>Blaenoriaeth: {0} · {1} {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rationale (the same in both versions): {0}</source>
        <translation>Rhesymeg (yr un fath yn y ddwy fersiwn): {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rationale of version A ({0}): {1}</source>
        <translation>Rhesymeg fersiwn A ({0}): {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rationale of version B ({0}): {1}</source>
        <translation>Rhesymeg fersiwn B ({0}): {1}</translation>
    </message>
    <message>
        <location line="+419"/>
        <source>Version A · {0}</source>
        <translation>Fersiwn A · {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version B · {0}</source>
        <translation>Fersiwn B · {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/conflicts_dialog.py" line="+47"/>
        <source>Conflicting changes</source>
        <translation>Newidiadau sy&apos;n gwrthdaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open conflicts</source>
        <translation>Gwrthdaro heb ei ddatrys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged text</source>
        <translation>Testun wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged text (edit, then keep it)</source>
        <translation>Testun wedi&apos;i gyfuno (golygwch ef, yna cadwch ef)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the merged text</source>
        <translation>Cadw&apos;r testun wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing is left to resolve: every conflicting change has been decided. SIPL shows new ones here when two people change the same thing.</source>
        <translation>Does dim ar ôl i’w ddatrys: mae penderfyniad ar bob newid sy’n gwrthdaro. Bydd SIPL yn dangos rhai newydd yma pan fydd dau berson yn newid yr un peth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>From {0}, {1}</source>
        <translation>Gan {0}, {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {0}, {1} (kept until you decide)</source>
        <translation>Gan {0}, {1} (yn cael ei gadw nes i chi benderfynu)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Keep the value from {0}</source>
        <translation>Cadw&apos;r gwerth gan {0}</translation>
    </message>
</context>
<context>
    <name>ConsistencyPage</name>
    <message>
        <location filename="../../desktop/ui/desk/consistency.py" line="+1004"/>
        <source>Consistency</source>
        <translation>Cysondeb</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Between consecutive terms of the same priority (autumn to spring, spring to summer).</source>
        <translation>Rhwng tymhorau olynol yr un flaenoriaeth (yr hydref i&apos;r gwanwyn, y gwanwyn i&apos;r haf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 judgement, between consecutive terms of the same priority. Double-click it to read the evidence.</source>
        <translation>1 farn, rhwng tymhorau olynol yr un flaenoriaeth. Cliciwch ddwywaith arni i ddarllen y dystiolaeth.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} judgements, between consecutive terms of the same priority. Double-click one to read the evidence.</source>
        <translation>{0} barn, rhwng tymhorau olynol yr un flaenoriaeth. Cliciwch ddwywaith ar un ohonyn nhw i ddarllen y dystiolaeth.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No judgement moved two or more steps between consecutive terms this year.</source>
        <translation>Ni symudodd yr un farn ddau gam neu ragor rhwng tymhorau olynol eleni.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Consistency of judgements</source>
        <translation>Cysondeb y barnau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · every judgement of the year, counted for the partner the school is allocated to and for its local authority</source>
        <translation>{0} · pob barn yn ystod y flwyddyn, wedi&apos;i chyfrif ar gyfer y partner y mae&apos;r ysgol wedi&apos;i dyrannu iddo ac ar gyfer ei hawdurdod lleol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rates of progress:</source>
        <translation>Cyfraddau cynnydd:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Judgements that moved two or more steps</source>
        <translation>Barnau a symudodd ddau gam neu ragor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the evidence…</source>
        <translation>Darllen y dystiolaeth…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the later judgement, its rationale and the evidence of that term&apos;s visits</source>
        <translation>Darllen y farn ddiweddarach, ei rhesymeg a thystiolaeth ymweliadau&apos;r tymor hwnnw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen school&apos;s log</source>
        <translation>Agor log yr ysgol a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <location line="-852"/>
        <source>Schools not allocated this year</source>
        <translation>Ysgolion heb eu dyrannu eleni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: 1 judgement</source>
        <translation>{0}: 1 farn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} judgements</source>
        <translation>{0}: {1} barn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} ({2}%)</source>
        <translation>{0}: {1} ({2}%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Improvement partner</source>
        <translation>Partner gwella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements by rate of progress</source>
        <translation>Barnau yn ôl cyfradd y cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No judgements yet</source>
        <translation>Dim barnau eto</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location line="+59"/>
        <source>No judgements are recorded this year yet.</source>
        <translation>Does dim barnau wedi&apos;u cofnodi eleni eto.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>By improvement partner</source>
        <translation>Yn ôl partner gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements by improvement partner</source>
        <translation>Barnau yn ôl partner gwella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By local authority</source>
        <translation>Yn ôl awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements by local authority</source>
        <translation>Barnau yn ôl awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the judgements…</source>
        <translation>Dangos y barnau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the judgements of the chosen row. Double-click a coloured part of a bar to list only the judgements of that rate.</source>
        <translation>Rhestru barnau&apos;r rhes a ddewiswyd. Cliciwch ddwywaith ar ran liw o far i restru barnau&apos;r gyfradd honno&apos;n unig.</translation>
    </message>
</context>
<context>
    <name>EnhancedReviewsPage</name>
    <message>
        <location filename="../../desktop/ui/desk/reviews.py" line="+424"/>
        <location line="+276"/>
        <source>Enhanced support reviews</source>
        <translation>Adolygiadau cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Never reviewed — due now</source>
        <translation>Heb ei adolygu erioed — mae&apos;n ddyledus nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue since {0}</source>
        <translation>Yn hwyr ers {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Yn ddyledus heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due {0}</source>
        <translation>Yn ddyledus ar {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not yet reviewed</source>
        <translation>Heb ei adolygu eto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No school is on enhanced support.</source>
        <translation>Does dim un ysgol yn cael cymorth ychwanegol.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+150"/>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Reviews of {0}</source>
        <translation>Adolygiadau {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a school to see its reviews.</source>
        <translation>Dewiswch ysgol i weld ei hadolygiadau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reviews of this school recorded yet. Record the first with “Record review…”.</source>
        <translation>Does dim adolygiadau o&apos;r ysgol hon wedi&apos;u cofnodi eto. Cofnodwch y cyntaf gyda “Cofnodi adolygiad…”.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>1 school on enhanced support</source>
        <translation>1 ysgol yn cael cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} schools on enhanced support</source>
        <translation>{0} ysgol yn cael cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} due now or overdue</source>
        <translation>{0} yn ddyledus nawr neu&apos;n hwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed every half term with the school, the PIP and the local authority</source>
        <translation>adolygir bob hanner tymor gyda&apos;r ysgol, y prif bartner gwella a&apos;r awdurdod lleol</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen school&apos;s log</source>
        <translation>Agor cofnod yr ysgol a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record review…</source>
        <translation>Cofnodi adolygiad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a half-termly review of the chosen school</source>
        <translation>Cofnodi adolygiad hanner tymor o&apos;r ysgol a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last review</source>
        <translation>Adolygiad diwethaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Next review due</source>
        <translation>Adolygiad nesaf yn ddyledus</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Led by</source>
        <translation>Dan arweiniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the local authority</source>
        <translation>O&apos;r awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position agreed</source>
        <translation>Y sefyllfa y cytunwyd arni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The principal improvement partner who led the review</source>
        <translation>Y prif bartner gwella a arweiniodd yr adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools on enhanced support</source>
        <translation>Ysgolion sy&apos;n cael cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews of the chosen school</source>
        <translation>Adolygiadau&apos;r ysgol a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/widgets.py" line="+178"/>
        <source>Connect to the central store</source>
        <translation>Cysylltu â&apos;r storfa ganolog</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your administrator gives you the server address and a one-time enrolment code. SIPL keeps the sign-in in this computer&apos;s secure password store.</source>
        <translation>Bydd eich gweinyddwr yn rhoi cyfeiriad y gweinydd a chod cofrestru untro i chi. Mae SIPL yn cadw&apos;r mewngofnodi yn storfa gyfrineiriau ddiogel y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address</source>
        <translation>Cyfeiriad y gweinydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s name</source>
        <translation>Enw&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the server address (starting https://) and your enrolment code.</source>
        <translation>Rhowch gyfeiriad y gweinydd (yn dechrau gyda https://) a&apos;ch cod cofrestru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting…</source>
        <translation>Wrthi&apos;n cysylltu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as {0}.</source>
        <translation>Wedi cysylltu fel {0}.</translation>
    </message>
</context>
<context>
    <name>EvidenceCard</name>
    <message>
        <location filename="../../desktop/ui/visit/evidence.py" line="+240"/>
        <source>Question {0}: {1}</source>
        <translation>Cwestiwn {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The aspect as a whole</source>
        <translation>Yr agwedd yn ei chyfanrwydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove this evidence</source>
        <translation>Tynnu&apos;r dystiolaeth hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence note</source>
        <translation>Nodyn tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw, heard or read</source>
        <translation>Beth welsoch chi, beth glywsoch chi neu beth ddarllenoch chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files…</source>
        <translation>Atodi ffeiliau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach photos or documents, or drop files on this card</source>
        <translation>Atodwch luniau neu ddogfennau, neu ollwng ffeiliau ar y cerdyn hwn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove evidence</source>
        <translation>Tynnu tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this evidence and its files from the visit?</source>
        <translation>Tynnu&apos;r dystiolaeth hon a&apos;i ffeiliau o&apos;r ymweliad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach files</source>
        <translation>Atodi ffeiliau</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location line="+169"/>
        <source>Recorded for this aspect ({0})</source>
        <translation>Wedi&apos;i chofnodi ar gyfer yr agwedd hon ({0})</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Files to attach: {0}</source>
        <translation>Ffeiliau i&apos;w hatodi: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Atodi ffeiliau</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add first-hand evidence</source>
        <translation>Ychwanegu tystiolaeth uniongyrchol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of evidence</source>
        <translation>Math o dystiolaeth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The aspect as a whole</source>
        <translation>Yr agwedd yn ei chyfanrwydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {0}: {1}</source>
        <translation>Cwestiwn {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question the evidence bears on</source>
        <translation>Y cwestiwn y mae&apos;r dystiolaeth yn berthnasol iddo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quick note: what you saw, heard or read (Ctrl+E)</source>
        <translation>Nodyn cyflym: beth welsoch chi, beth glywsoch chi neu beth ddarllenoch chi (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New evidence note</source>
        <translation>Nodyn tystiolaeth newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files…</source>
        <translation>Ffeiliau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or documents to attach</source>
        <translation>Dewis lluniau neu ddogfennau i&apos;w hatodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence</source>
        <translation>Ychwanegu tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or drop files here</source>
        <translation>neu ollwng ffeiliau yma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence recorded for this aspect yet.</source>
        <translation>Does dim tystiolaeth wedi&apos;i chofnodi ar gyfer yr agwedd hon eto.</translation>
    </message>
</context>
<context>
    <name>ExtraMenus</name>
    <message>
        <location filename="../../desktop/ui/window/menus.py" line="+119"/>
        <source>Note of visit</source>
        <translation>Nodyn ymweliad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Annual report to the governing body</source>
        <translation>Adroddiad blynyddol i’r corff llywodraethu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Termly summary for the local authority</source>
        <translation>Crynodeb tymhorol i’r awdurdod lleol</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;ync</source>
        <translation>&amp;Cysoni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a central store…</source>
        <translation>Cysylltu â storfa ganolog…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting changes…</source>
        <translation>Newidiadau sy’n gwrthdaro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note of visit…</source>
        <translation>Nodyn ymweliad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report to the governing body…</source>
        <translation>Adroddiad blynyddol i’r corff llywodraethu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termly summary for the local authority…</source>
        <translation>Crynodeb tymhorol i’r awdurdod lleol…</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../desktop/ui/common/failures.py" line="+32"/>
        <source>{name} was not attached: it is no longer there, or it is a folder.</source>
        <translation>Ni chafodd {name} ei hatodi: nid yw yno bellach, neu ffolder yw hi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was not attached: the file is empty.</source>
        <translation>Ni chafodd {name} ei hatodi: mae’r ffeil yn wag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not attached: it is larger than {mb} MB, the largest file SIPL keeps and sends. Save a smaller copy (a photo at a lower resolution, a PDF for screen) and attach that.</source>
        <translation>Ni chafodd {name} ei hatodi: mae’n fwy na {mb} MB, y ffeil fwyaf y mae SIPL yn ei chadw a’i hanfon. Cadwch gopi llai (llun â chydraniad is, PDF ar gyfer sgrin) ac atodwch hwnnw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was not attached: SIPL keeps photos, PDF, Word, PowerPoint, Excel and plain text files only.</source>
        <translation>Ni chafodd {name} ei hatodi: dim ond lluniau a ffeiliau PDF, Word, PowerPoint, Excel a thestun plaen y mae SIPL yn eu cadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: a priority needs a title.</source>
        <translation>Heb ei gadw: mae angen teitl ar flaenoriaeth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: a judgement needs a rationale.</source>
        <translation>Heb ei gadw: mae angen rhesymeg ar farn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This priority has already been carried forward to the next year.</source>
        <translation>Mae’r flaenoriaeth hon wedi’i chario ymlaen i’r flwyddyn nesaf eisoes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you typed is kept on screen, and SIPL keeps trying to save it.</source>
        <translation>Mae&apos;r hyn a deipiwyd gennych yn aros ar y sgrin, ac mae SIPL yn dal i geisio&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved — the disk is full. Free some space on it.</source>
        <translation>Heb ei gadw — mae&apos;r ddisg yn llawn. Rhyddhewch rywfaint o le arni.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved — SIPL may not write to its data folder.</source>
        <translation>Heb ei gadw — ni chaiff SIPL ysgrifennu i&apos;w ffolder data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet — another program is using SIPL&apos;s data file.</source>
        <translation>Heb ei gadw eto — mae rhaglen arall yn defnyddio ffeil ddata SIPL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved — the disk could not be written.</source>
        <translation>Heb ei gadw — methwyd ag ysgrifennu i&apos;r ddisg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: the record was removed meanwhile, perhaps by a sync. Nothing else was changed.</source>
        <translation>Heb ei gadw: cafodd y cofnod ei ddileu yn y cyfamser, efallai wrth gysoni. Ni newidiwyd dim arall.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and the change was not saved ({0}).</source>
        <translation>Aeth rhywbeth o&apos;i le ac ni chafodd y newid ei gadw ({0}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder {0} does not exist.</source>
        <translation>Nid yw&apos;r ffolder {0} yn bodoli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIPL may not save files in the folder {0}.</source>
        <translation>Nid oes gan SIPL ganiatâd i gadw ffeiliau yn y ffolder {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is not enough space on the disk to save {0}.</source>
        <translation>Nid oes digon o le ar y ddisg i gadw {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} cannot be saved there: a folder of that name is already there.</source>
        <translation>Nid oes modd cadw {0} yno: mae ffolder o&apos;r un enw yno eisoes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} could not be saved ({1}).</source>
        <translation>Nid oedd modd cadw {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong and {0} was not saved ({1}).</source>
        <translation>Aeth rhywbeth o&apos;i le ac ni chafodd {0} ei gadw ({1}).</translation>
    </message>
</context>
<context>
    <name>FileTile</name>
    <message>
        <location filename="../../desktop/ui/visit/evidence.py" line="-484"/>
        <source>{0} ({1} KB). Double-click to open.</source>
        <translation>{0} ({1} KB). Cliciwch ddwywaith i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No preview</source>
        <translation>Dim rhagolwg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from this evidence</source>
        <translation>Tynnu o&apos;r dystiolaeth hon</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../desktop/ui/caseload/first_run.py" line="+89"/>
        <source>Import a schools list</source>
        <translation>Mewnforio rhestr ysgolion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schools list (*.csv)</source>
        <translation>Rhestr ysgolion (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Welcome to SIPL</source>
        <translation>Croeso i SIPL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no schools on this laptop yet. Choose how to begin; you can connect to the central store later too, from the Sync menu.</source>
        <translation>Does dim ysgolion ar y gliniadur hwn eto. Dewiswch sut i ddechrau; gallwch gysylltu â’r storfa ganolog yn nes ymlaen hefyd, o’r ddewislen Cysoni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the central store…</source>
        <translation>Cysylltu â’r storfa ganolog…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your consortium&apos;s server address and the enrolment code your administrator gave you. Your caseload then arrives at the first sync.</source>
        <translation>Rhowch gyfeiriad gweinydd eich consortiwm a’r cod cofrestru a gawsoch gan eich gweinyddwr. Bydd eich llwyth achosion yn cyrraedd wedyn wrth gysoni am y tro cyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the demo caseload</source>
        <translation>Agor y llwyth achosion enghreifftiol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try SIPL on twenty fictional schools, with visits and judgements. The demo lives in a profile of its own: nothing of it mixes with your data.</source>
        <translation>Rhowch gynnig ar SIPL gydag ugain o ysgolion dychmygol, gydag ymweliadau a barnau. Mae’r enghraifft mewn proffil ar wahân: does dim ohoni’n cymysgu â’ch data chi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a schools list…</source>
        <translation>Mewnforio rhestr ysgolion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Welsh Government&apos;s address list of schools (a CSV file), to work without the central store. Nothing is imported if any row is wrong.</source>
        <translation>Darllen rhestr cyfeiriadau ysgolion Llywodraeth Cymru (ffeil CSV), i weithio heb y storfa ganolog. Ni fewnforir dim os oes unrhyw res yn anghywir.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../desktop/ui/caseload/import_words.py" line="+24"/>
        <source>The file could not be read: {reason}.</source>
        <translation>Doedd dim modd darllen y ffeil: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>Mae&apos;r ffeil yn wag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not UTF-8 text (byte 0x{byte} on line {line}). Save it as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>Nid testun UTF-8 yw&apos;r ffeil (beit 0x{byte} ar linell {line}). Cadwch hi fel &apos;CSV UTF-8&apos; a&apos;i mewnforio eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid CSV near line {line}: {reason}.</source>
        <translation>Nid yw&apos;r ffeil yn CSV dilys ger llinell {line}: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no header row.</source>
        <translation>Does gan y ffeil ddim rhes pennawd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not the address list of schools: the header lacks {columns}.</source>
        <translation>Nid hon yw rhestr cyfeiriadau&apos;r ysgolion: nid oes gan y pennawd {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} rows have problems:</source>
        <translation>Mae problemau gyda {count} rhes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file lists no schools.</source>
        <translation>Does dim ysgolion yn y ffeil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line is cut short ({cells} of {width} columns)</source>
        <translation>mae&apos;r llinell yn rhy fyr ({cells} o {width} colofn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>school number &apos;{number}&apos; is not 7 digits</source>
        <translation>nid yw rhif yr ysgol &apos;{number}&apos; yn 7 digid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LA code &apos;{code}&apos; is not 3 digits</source>
        <translation>nid yw cod yr ALl &apos;{code}&apos; yn 3 digid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>school number does not start with its LA code {code}</source>
        <translation>nid yw rhif yr ysgol yn dechrau â chod ei ALl, {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the school has no name</source>
        <translation>does dim enw gan yr ysgol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local authority has no name</source>
        <translation>does dim enw gan yr awdurdod lleol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown sector &apos;{sector}&apos; (known: {known})</source>
        <translation>sector anhysbys &apos;{sector}&apos; (y rhai hysbys: {known})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pupil count &apos;{pupils}&apos; is not a number</source>
        <translation>nid yw nifer y disgyblion &apos;{pupils}&apos; yn rhif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the school is listed twice (also line {line})</source>
        <translation>mae&apos;r ysgol wedi&apos;i rhestru ddwywaith (hefyd ar linell {line})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line {0} (school {1}): {2}</source>
        <translation>llinell {0} (ysgol {1}): {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {0}: {1}</source>
        <translation>llinell {0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and {0} more problems</source>
        <translation>… a {0} problem arall</translation>
    </message>
</context>
<context>
    <name>JudgementDialog</name>
    <message>
        <location filename="../../desktop/ui/school/dialogs.py" line="+238"/>
        <source>Record a judgement</source>
        <translation>Cofnodi barn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the judgement</source>
        <translation>Dyddiad y farn</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this judgement: the first-hand evidence and its impact on learners</source>
        <translation>Pam y farn hon: y dystiolaeth uniongyrchol a&apos;i heffaith ar ddysgwyr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Term</source>
        <translation>&amp;Tymor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate of progress</source>
        <translation>Cyfradd y cynnydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is the priority on track?</source>
        <translation>A yw&apos;r flaenoriaeth ar y trywydd iawn?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rationale (required)</source>
        <translation>&amp;Rhesymeg (gofynnol)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record judgement</source>
        <translation>Cofnodi&apos;r farn</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Earlier judgements of this priority</source>
        <translation>Barnau cynharach ar y flaenoriaeth hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: this is its first judgement.</source>
        <translation>Dim: dyma’r farn gyntaf arni.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No judgement yet for this term.</source>
        <translation>Dim barn eto ar gyfer y tymor hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This term was judged on {0}. Recording again revises that judgement; the earlier one is kept in its history.</source>
        <translation>Cofnodwyd barn ar gyfer y tymor hwn ar {0}. Bydd cofnodi eto yn diwygio&apos;r farn honno; caiff yr un gynharach ei chadw yn ei hanes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a rate of progress</source>
        <translation>cyfradd y cynnydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on or off track</source>
        <translation>ar y trywydd iawn neu beidio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rationale</source>
        <translation>rhesymeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still needed: {0}.</source>
        <translation>Mae angen o hyd: {0}.</translation>
    </message>
</context>
<context>
    <name>JudgementEvidenceDialog</name>
    <message>
        <location filename="../../desktop/ui/desk/judgement_evidence_dialog.py" line="+188"/>
        <source>The evidence could not be read: {0}</source>
        <translation>Doedd dim modd darllen y dystiolaeth: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading…</source>
        <translation>Wrthi&apos;n darllen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Improvement partner: {0}</source>
        <translation>Partner gwella: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority: {0}</source>
        <translation>Blaenoriaeth: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judgement: {0}</source>
        <translation>Barn: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The autumn term is the first of the year: there is no earlier judgement of this priority to compare with.</source>
        <translation>Tymor yr hydref yw tymor cyntaf y flwyddyn: does dim barn gynharach ar y flaenoriaeth hon i&apos;w chymharu â hi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous term: {0}</source>
        <translation>Y tymor blaenorol: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits this term ({0} to {1})</source>
        <translation>Ymweliadau&apos;r tymor hwn ({0} i {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No visit to the school is recorded this term.</source>
        <translation>Does dim ymweliad â&apos;r ysgol wedi&apos;i gofnodi y tymor hwn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No judgement is recorded for this term yet.</source>
        <translation>Does dim barn wedi&apos;i chofnodi ar gyfer y tymor hwn eto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded by {0} on {1}</source>
        <translation>Cofnodwyd gan {0} ar {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded on {0}</source>
        <translation>Cofnodwyd ar {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visit on {0}</source>
        <translation>Ymweliad ar {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by {0}</source>
        <translation>gan {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: still being written.</source>
        <translation>Drafft: wrthi&apos;n cael ei ysgrifennu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No summary written yet.</source>
        <translation>Does dim crynodeb wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary of the visit</source>
        <translation>Crynodeb o&apos;r ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This priority was not discussed on this visit.</source>
        <translation>Ni chafodd y flaenoriaeth hon ei thrafod ar yr ymweliad hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The five questions for this priority</source>
        <translation>Y pum cwestiwn ar gyfer y flaenoriaeth hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered.</source>
        <translation>Heb ei ateb.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First-hand evidence ({0})</source>
        <translation>Tystiolaeth uniongyrchol ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No first-hand evidence was recorded for this priority.</source>
        <translation>Ni chofnodwyd tystiolaeth uniongyrchol ar gyfer y flaenoriaeth hon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question {0}</source>
        <translation>cwestiwn {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files attached: {0}</source>
        <translation>ffeiliau wedi&apos;u hatodi: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The evidence behind a judgement</source>
        <translation>Y dystiolaeth y tu ôl i farn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The judgement and the evidence behind it</source>
        <translation>Y farn a&apos;r dystiolaeth y tu ôl iddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this school&apos;s log</source>
        <translation>Agor log yr ysgol hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>JudgementListDialog</name>
    <message>
        <location filename="../../desktop/ui/desk/consistency.py" line="+324"/>
        <source>1 judgement</source>
        <translation>1 farn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} judgements</source>
        <translation>{0} barn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} judgements shown</source>
        <translation>Yn dangos {0} o {1} barn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No judgement matches. Choose another rate or term.</source>
        <translation>Does dim barn yn cyfateb. Dewiswch gyfradd neu dymor arall.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every rate of progress</source>
        <translation>Pob cyfradd cynnydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every term</source>
        <translation>Pob tymor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Judgements of schools in {0}</source>
        <translation>Barnau ysgolion {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgements in the caseload of {0}</source>
        <translation>Barnau yn llwyth achosion {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgements of schools not allocated this year</source>
        <translation>Barnau ysgolion sydd heb eu dyrannu eleni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by rate of progress</source>
        <translation>Hidlo yn ôl cyfradd y cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by term</source>
        <translation>Hidlo yn ôl tymor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the evidence…</source>
        <translation>Darllen y dystiolaeth…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the judgement, its rationale and the evidence of that term&apos;s visits</source>
        <translation>Darllen y farn, ei rhesymeg a thystiolaeth ymweliadau&apos;r tymor hwnnw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>JudgementListModel</name>
    <message>
        <location line="-249"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Cofnodwyd</translation>
    </message>
</context>
<context>
    <name>KeyTaskPanel</name>
    <message>
        <location filename="../../desktop/ui/school/key_task_panel.py" line="+224"/>
        <source>{0} of {1} tasks of the term done</source>
        <translation>{0} o {1} o dasgau&apos;r tymor wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1} done</source>
        <translation>{0} o {1} wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit of {0}</source>
        <translation>Ymweliad {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done {0}</source>
        <translation>Gwnaed {0}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Term</source>
        <translation>&amp;Tymor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key task</source>
        <translation>Tasg allweddol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Wedi&apos;i gwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The term&apos;s key tasks</source>
        <translation>Tasgau allweddol y tymor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schedule is a reminder of what falls due, not a tick list for the school. A task is done when a visit covered it or when you tick it with the day it was done.</source>
        <translation>Nodyn atgoffa o&apos;r hyn sy&apos;n ddyledus yw&apos;r amserlen, nid rhestr wirio i&apos;r ysgol. Mae tasg wedi&apos;i gwneud pan fydd ymweliad wedi ymdrin â hi, neu pan fyddwch chi&apos;n ei thicio gyda&apos;r dyddiad y cafodd ei gwneud.</translation>
    </message>
</context>
<context>
    <name>LaTermlyPage</name>
    <message>
        <location filename="../../desktop/ui/desk/la_view.py" line="+372"/>
        <source>LA termly view</source>
        <translation>Golwg dymhorol yr ALl</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Days of support used this year (agreed, under way or complete) against the minimum for the sector</source>
        <translation>Diwrnodau o gymorth a ddefnyddiwyd eleni (wedi&apos;u cytuno, ar y gweill neu wedi&apos;u cwblhau) o&apos;i gymharu â&apos;r isafswm ar gyfer y sector</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{0} of {1}</source>
        <translation>{0} o {1}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Partner days</source>
        <translation>Diwrnodau&apos;r partner</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} still due</source>
        <translation>{0} yn dal yn ddyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brokered {0}</source>
        <translation>cymorth a drefnwyd: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The improvement partner&apos;s days from visits this year, against the minimum for the sector and the days agreed for the school; brokered support (agreed, under way or complete) is counted apart.</source>
        <translation>Diwrnodau&apos;r partner gwella o ymweliadau eleni, o&apos;u cymharu â&apos;r isafswm ar gyfer y sector a&apos;r diwrnodau a gytunwyd ar gyfer yr ysgol; caiff cymorth a drefnwyd (wedi&apos;i gytuno, ar waith neu wedi&apos;i gwblhau) ei gyfrif ar wahân.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} ({1} day, {2})</source>
        <translation>{0} ({1} diwrnod, {2})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} ({1} days, {2})</source>
        <translation>{0} ({1} diwrnod, {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None brokered yet</source>
        <translation>Dim wedi&apos;i drefnu eto</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No local authorities yet. The schools of your team appear here after they are synced or imported.</source>
        <translation>Dim awdurdodau lleol eto. Bydd ysgolion eich tîm yn ymddangos yma ar ôl iddynt gael eu cysoni neu eu mewnforio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This local authority has no schools in your team&apos;s caseload.</source>
        <translation>Does gan yr awdurdod lleol hwn ddim ysgolion yn llwyth achosion eich tîm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 school</source>
        <translation>1 ysgol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} schools</source>
        <translation>{0} ysgol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} of {1} priorities judged this term</source>
        <translation>{0} o {1} blaenoriaeth wedi&apos;u barnu y tymor hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} off track</source>
        <translation>{0} ddim ar y trywydd iawn</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, comma-separated values (*.csv)</source>
        <translation>CSV, gwerthoedd wedi&apos;u gwahanu gan goma (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the LA termly view</source>
        <translation>Allforio golwg dymhorol yr ALl</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving {0}…</source>
        <translation>Wrthi&apos;n cadw {0}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to {0}</source>
        <translation>Wedi&apos;i gadw yn {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export was not saved</source>
        <translation>Ni chafodd yr allforio ei gadw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was changed. Choose another folder and export again.</source>
        <translation>Ni newidiwyd dim. Dewiswch ffolder arall ac allforio eto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Local authority termly view</source>
        <translation>Golwg dymhorol yr awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local authority</source>
        <translation>&amp;Awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation>&amp;Tymor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;in</source>
        <translation>Allforio &amp;yn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this view for the local authority as an Excel workbook or CSV file</source>
        <translation>Cadw&apos;r olwg hon ar gyfer yr awdurdod lleol fel llyfr gwaith Excel neu ffeil CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen school&apos;s log</source>
        <translation>Agor cofnod yr ysgol a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Tymor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the export</source>
        <translation>Iaith yr allforio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schools of the local authority with their priorities and support</source>
        <translation>Ysgolion yr awdurdod lleol gyda&apos;u blaenoriaethau a&apos;u cymorth</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window/main_window.py" line="+359"/>
        <location line="+21"/>
        <location line="+68"/>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your caseload</source>
        <translation>Eich llwyth achosion</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+89"/>
        <source>Search the whole caseload</source>
        <translation>Chwilio&apos;r llwyth achosion cyfan</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Find a school in the caseload</source>
        <translation>Dod o hyd i ysgol yn y llwyth achosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Start a visit (school screen)</source>
        <translation>Dechrau ymweliad (sgrin yr ysgol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a judgement (school screen)</source>
        <translation>Cofnodi barn (sgrin yr ysgol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a priority (school screen)</source>
        <translation>Ychwanegu blaenoriaeth (sgrin yr ysgol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous question (visit)</source>
        <translation>Cwestiwn nesaf / blaenorol (ymweliad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous aspect (visit)</source>
        <translation>Agwedd nesaf / flaenorol (ymweliad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write evidence (visit)</source>
        <translation>Ysgrifennu tystiolaeth (ymweliad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the evidence you wrote (evidence panel)</source>
        <translation>Ychwanegu&apos;r dystiolaeth a ysgrifennoch (panel tystiolaeth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the question steps (visit)</source>
        <translation>Symud rhwng camau&apos;r cwestiynau (ymweliad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an agreed action (school or visit)</source>
        <translation>Ychwanegu cam gweithredu y cytunwyd arno (ysgol neu ymweliad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the visit</source>
        <translation>Gorffen yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo / redo in any text field</source>
        <translation>Dadwneud / ailwneud mewn unrhyw faes testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+67"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>About SIPL</source>
        <translation>Ynghylch SIPL</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>SIPL — the School Improvement Partnership Log.

Your caseload, visits and judgements, on this computer, in Welsh or English. Everything is saved as you type and works without a connection.</source>
        <translation>SIPL — Cofnod Partneriaeth Gwella Ysgolion.

Eich llwyth achosion, eich ymweliadau a&apos;ch barnau, ar y cyfrifiadur hwn, yn Gymraeg neu&apos;n Saesneg. Caiff popeth ei gadw wrth i chi deipio, ac mae&apos;n gweithio heb gysylltiad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School</source>
        <translation>&amp;Ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit</source>
        <translation>Ym&amp;weliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Yn ôl (Alt+Chwith)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your caseload (Ctrl+1)</source>
        <translation>Eich llwyth achosion (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search…</source>
        <translation>Chwilio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences…</source>
        <translation>Dewisiadau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a visit…</source>
        <translation>Dechrau ymweliad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a priority…</source>
        <translation>Ychwanegu blaenoriaeth…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a judgement…</source>
        <translation>Cofnodi barn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change support level…</source>
        <translation>Newid lefel y cymorth…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish visit…</source>
        <translation>Gorffen yr ymweliad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add evidence</source>
        <translation>Ychwanegu tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an agreed action…</source>
        <translation>Ychwanegu cam gweithredu y cytunwyd arno…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request support…</source>
        <translation>Gofyn am gymorth…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous question</source>
        <translation>Cwestiwn blaenorol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search answers, evidence, actions… (Ctrl+K)</source>
        <translation>Chwilio atebion, tystiolaeth, camau gweithredu… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Improvement partner: {0}</source>
        <translation>Partner gwella: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing every school in this profile</source>
        <translation>Yn dangos pob ysgol yn y proffil hwn</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../desktop/ui/desk/consistency.py" line="-107"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier judgement</source>
        <translation>Barn gynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later judgement</source>
        <translation>Barn ddiweddarach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>2 steps better</source>
        <translation>2 gam yn well</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 steps worse</source>
        <translation>2 gam yn waeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 steps better</source>
        <translation>3 cham yn well</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 steps worse</source>
        <translation>3 cham yn waeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} steps better</source>
        <translation>{0} cam yn well</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} steps worse</source>
        <translation>{0} cam yn waeth</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/window/passphrase.py" line="+28"/>
        <source>Unlock SIPL&apos;s data</source>
        <translation>Datgloi data SIPL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no secure password store (keyring), so SIPL protects your data with a passphrase. Choose one of at least 10 characters. You will type it each time SIPL starts. It is never stored: if it is forgotten, the data on this laptop cannot be opened, and must be fetched again from the central store.</source>
        <translation>Does gan y cyfrifiadur hwn ddim storfa gyfrineiriau ddiogel (keyring), felly mae SIPL yn diogelu eich data ag ymadrodd cyfrin. Dewiswch un o 10 nod o leiaf. Byddwch yn ei deipio bob tro y bydd SIPL yn dechrau. Nid yw byth yn cael ei gadw: os caiff ei anghofio, ni ellir agor y data ar y gliniadur hwn, a rhaid ei gael eto o&apos;r storfa ganolog.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer has no secure password store (keyring). Type the passphrase that protects SIPL&apos;s data on this laptop.</source>
        <translation>Does gan y cyfrifiadur hwn ddim storfa gyfrineiriau ddiogel (keyring). Teipiwch yr ymadrodd cyfrin sy&apos;n diogelu data SIPL ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That passphrase does not open this data. Nothing has been changed.</source>
        <translation>Nid yw&apos;r ymadrodd cyfrin hwnnw&apos;n agor y data hwn. Does dim wedi newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Ymadrodd cyfrin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Ymadrodd cyfrin:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Ymadrodd cyfrin eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the passphrase.</source>
        <translation>Teipiwch yr ymadrodd cyfrin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>Dewiswch ymadrodd cyfrin o 10 nod o leiaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Nid yw&apos;r ddau ymadrodd cyfrin yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../desktop/ui/school/dialogs.py" line="+105"/>
        <source>Edit practice worth sharing</source>
        <translation>Golygu arfer sy&apos;n werth ei rhannu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add practice worth sharing</source>
        <translation>Ychwanegu arfer sy&apos;n werth ei rhannu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reform area</source>
        <translation>Maes diwygio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reform area</source>
        <translation>&amp;Maes diwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/window/preferences.py" line="+67"/>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the interface</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every screen changes language straight away. Reports have their own language setting for each school.</source>
        <translation>Mae pob sgrin yn newid iaith ar unwaith. Mae gan adroddiadau eu gosodiad iaith eu hunain ar gyfer pob ysgol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desktop/ui/printing/output.py" line="+98"/>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>Tudalen gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Tudalen olaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ffitio’r lled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Ffitio’r dudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Tirlun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Dangos un dudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Dangos tudalennau gyferbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Dangos trosolwg o bob tudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Gosod y dudalen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoom</source>
        <translation>Chwyddo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location line="+23"/>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/school/dialogs.py" line="-449"/>
        <source>Edit priority</source>
        <extracomment>Where a priority stands with the LA: None (not yet sent) then the stored states.</extracomment>
        <translation>Golygu&apos;r flaenoriaeth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a priority</source>
        <translation>Ychwanegu blaenoriaeth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority title</source>
        <translation>Teitl y flaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Improve pupils&apos; extended writing across KS2</source>
        <translation>e.e. Gwella ysgrifennu estynedig disgyblion ar draws CA2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. SDP 2.1</source>
        <translation>e.e. CDY 2.1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not yet sent to the LA</source>
        <translation>Heb ei hanfon at yr ALl eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the LA for approval</source>
        <translation>Wedi&apos;i hanfon at yr ALl i&apos;w chymeradwyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the LA</source>
        <translation>Wedi&apos;i chymeradwyo gan yr ALl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not approved by the LA</source>
        <translation>Heb ei chymeradwyo gan yr ALl</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+38"/>
        <source>Who at the LA</source>
        <translation>Pwy yn yr ALl</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reform area</source>
        <translation>&amp;Maes diwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SDP reference</source>
        <translation>Cyfeirnod &amp;CDY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ccess criteria</source>
        <translation>Meini &amp;prawf llwyddiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;ks to progress</source>
        <translation>&amp;Risgiau i&apos;r cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LA approval</source>
        <translation>Cymeradwyaeth yr A&amp;Ll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatus</source>
        <translation>Statw&amp;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reform area</source>
        <translation>Maes diwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDP reference</source>
        <translation>Cyfeirnod CDY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks to progress</source>
        <translation>Risgiau i&apos;r cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LA approval</source>
        <translation>Cymeradwyaeth yr ALl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the LA&apos;s decision</source>
        <translation>Dyddiad penderfyniad yr ALl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save priority</source>
        <translation>Cadw&apos;r flaenoriaeth</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../../desktop/ui/visit/page.py" line="-115"/>
        <source>At the last visit ({0})</source>
        <translation>Yn yr ymweliad diwethaf ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer to this question then.</source>
        <translation>Dim ateb i&apos;r cwestiwn hwn bryd hynny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the last visit</source>
        <translation>Yn yr ymweliad diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This aspect was not discussed at an earlier visit.</source>
        <translation>Ni chafodd yr agwedd hon ei thrafod mewn ymweliad cynharach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The school&apos;s answer, in your words</source>
        <translation>Ateb yr ysgol, yn eich geiriau chi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer to question {0}: {1}</source>
        <translation>Ateb i gwestiwn {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReallocateDialog</name>
    <message>
        <location filename="../../desktop/ui/desk/reallocate_dialog.py" line="+110"/>
        <source>{0} will hold the school from {1}.</source>
        <translation>Bydd yr ysgol gan {0} o {1} ymlaen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From {0}, {1} holds the school and their laptop receives its whole history at its next sync. {2} can still read what they wrote until {3}, the end of that term, and can change nothing in it.</source>
        <translation>O {0} ymlaen, {1} fydd yn gyfrifol am yr ysgol, a bydd ei hanes cyfan yn cyrraedd ei liniadur yn y cysoni nesaf. Bydd {2} yn dal i allu darllen yr hyn a ysgrifennodd tan {3}, diwedd y tymor hwnnw, ond ni fydd yn gallu newid dim.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose today or a later date.</source>
        <translation>Dewiswch heddiw neu ddyddiad diweddarach.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The school could not be reallocated: {0}</source>
        <translation>Nid oedd modd ailddyrannu&apos;r ysgol: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Reallocate a school</source>
        <translation>Ailddyrannu ysgol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody</source>
        <translation>Neb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held now by</source>
        <translation>Gyda hi nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand it to</source>
        <translation>Ei &amp;throsglwyddo i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reallocate</source>
        <translation>Ailddyrannu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/printing/report_dialog.py" line="+105"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and print…</source>
        <translation>Rhagolwg ac argraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the report…</source>
        <translation>Wrthi’n paratoi’r adroddiad…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages ready: {0}.</source>
        <translation>Tudalennau’n barod: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving {0}…</source>
        <translation>Wrthi&apos;n cadw {0}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {0}.</source>
        <translation>Wedi cadw {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF was not saved.</source>
        <translation>Ni chafodd y PDF ei gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another folder and save it again.</source>
        <translation>Dewiswch ffolder arall a&apos;i gadw eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF was not saved</source>
        <translation>Ni chafodd y PDF ei gadw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report could not be made: {0}</source>
        <translation>Nid oedd modd creu’r adroddiad: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/desk/reviews.py" line="-623"/>
        <source>Record a review</source>
        <translation>Cofnodi adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhanced support review of {0}</source>
        <translation>Adolygiad cymorth ychwanegol: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress is reviewed every half term with the school, the principal improvement partner and the local authority.</source>
        <translation>Caiff y cynnydd ei adolygu bob hanner tymor gyda&apos;r ysgol, y prif bartner gwella a&apos;r awdurdod lleol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal improvement partner</source>
        <translation>Prif bartner gwella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none recorded)</source>
        <translation>(dim wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name and role, e.g. Siân Owen, LA officer</source>
        <translation>Enw a rôl, e.e. Siân Owen, swyddog yr ALl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone from the local authority</source>
        <translation>Ychwanegu rhywun o&apos;r awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who attended from the local authority</source>
        <translation>Pwy oedd yn bresennol o&apos;r awdurdod lleol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Position agreed</source>
        <translation>Y sefyllfa y cytunwyd arni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the school, the local authority and you agreed about progress and the next steps (required)</source>
        <translation>Yr hyn y cytunodd yr ysgol, yr awdurdod lleol a chithau arno am y cynnydd a&apos;r camau nesaf (gofynnol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next review due</source>
        <translation>Adolygiad nesaf yn ddyledus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Date of the review</source>
        <translation>&amp;Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Principal improvement partner</source>
        <translation>&amp;Prif bartner gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the &amp;local authority</source>
        <translation>O&apos;r &amp;awdurdod lleol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position &amp;agreed</source>
        <translation>Y sefyllfa y &amp;cytunwyd arni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next review due</source>
        <translation>Adolygiad &amp;nesaf yn ddyledus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save review</source>
        <translation>Cadw&apos;r adolygiad</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Must be after the date of the review.</source>
        <translation>Rhaid iddo fod ar ôl dyddiad yr adolygiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} weeks after this review</source>
        <translation>{0} wythnos ar ôl yr adolygiad hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} days after this review</source>
        <translation>{0} diwrnod ar ôl yr adolygiad hwn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the position agreed before saving the review.</source>
        <translation>Ysgrifennwch y sefyllfa y cytunwyd arni cyn cadw&apos;r adolygiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review must be due after this review ({0}).</source>
        <translation>Rhaid i&apos;r adolygiad nesaf fod yn ddyledus ar ôl yr adolygiad hwn ({0}).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The review was not saved: {0}</source>
        <translation>Ni chafodd yr adolygiad ei gadw: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong and the review was not saved ({0}). What you typed is still here; try again.</source>
        <translation>Aeth rhywbeth o&apos;i le ac ni chafodd yr adolygiad ei gadw ({0}). Mae&apos;r hyn a deipioch chi yma o hyd; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../../desktop/ui/common/autosave.py" line="+217"/>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {0}</source>
        <translation>Wedi&apos;i gadw {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: see the message</source>
        <translation>Heb ei gadw: gweler y neges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is saved as you type</source>
        <translation>Caiff popeth ei gadw wrth i chi deipio</translation>
    </message>
</context>
<context>
    <name>SchoolDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/school/details_dialogs.py" line="+63"/>
        <source>School details</source>
        <translation>Manylion yr ysgol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headteacher</source>
        <translation>Pennaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other contacts, one a line</source>
        <translation>Cysylltiadau eraill, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Deputy headteacher: Iolo Bryn &lt;iolo@ysgol.example&gt;</source>
        <translation>e.e. Dirprwy bennaeth: Iolo Bryn &lt;iolo@ysgol.example&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memberships, one a line</source>
        <translation>Aelodaeth, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. SIG 2, a cluster, a hub</source>
        <translation>e.e. SIG 2, clwstwr, hyb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of its reports</source>
        <translation>Iaith ei hadroddiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As its medium suggests</source>
        <translation>Yn ôl cyfrwng yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Headteacher</source>
        <translation>&amp;Pennaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telephone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>C&amp;ysylltiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memberships</source>
        <translation>&amp;Aelodaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of reports</source>
        <translation>&amp;Iaith yr adroddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save details</source>
        <translation>Cadw&apos;r manylion</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../desktop/ui/school/page.py" line="+434"/>
        <source>Headteacher: {0}</source>
        <translation>Pennaeth: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} pupils</source>
        <translation>{0} o ddisgyblion</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No half-termly review of enhanced support has been recorded.</source>
        <translation>Nid oes unrhyw adolygiad hanner tymor o&apos;r cymorth ychwanegol wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Half-termly reviews of enhanced support</source>
        <translation>Adolygiadau hanner tymor o&apos;r cymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · next review {0}</source>
        <translation> · yr adolygiad nesaf {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Off track overall ({0} of {1} priorities)</source>
        <translation>Ddim ar y trywydd iawn at ei gilydd ({0} o {1} blaenoriaeth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track overall</source>
        <translation>Ar y trywydd iawn at ei gilydd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your days {0}: {1} · brokered {2}</source>
        <translation>Eich diwrnodau {0}: {1} · cymorth a drefnwyd: {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your days {0}: {1} of {2} · brokered {3}</source>
        <translation>Eich diwrnodau {0}: {1} o {2} · cymorth a drefnwyd: {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your time from visits ({0} whole days, {1} half days) against the minimum for the sector ({2}) and the days agreed for the school ({3}). Brokered support (agreed, under way or complete) is counted separately.</source>
        <translation>Eich amser o ymweliadau ({0} diwrnod cyfan, {1} hanner diwrnod) o&apos;i gymharu â&apos;r isafswm ar gyfer y sector ({2}) a&apos;r diwrnodau a gytunwyd ar gyfer yr ysgol ({3}). Caiff cymorth a drefnwyd (wedi&apos;i gytuno, ar waith neu wedi&apos;i gwblhau) ei gyfrif ar wahân.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This school has moved to another improvement partner. You can read its log until {0}, the end of the term; nothing in it can be changed here.</source>
        <translation>Mae&apos;r ysgol hon wedi symud at bartner gwella arall. Gallwch ddarllen ei chofnod tan {0}, diwedd y tymor; ni ellir newid dim ynddo yma.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not yet judged</source>
        <translation>Heb farn eto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No priorities for {0} yet. Add the priorities agreed with the school.</source>
        <translation>Dim blaenoriaethau ar gyfer {0} eto. Ychwanegwch y blaenoriaethau y cytunwyd arnynt gyda&apos;r ysgol.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Carry forward to {0}</source>
        <translation>Cario ymlaen i {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already carried forward to {0}</source>
        <translation>Wedi’i chario ymlaen i {0} eisoes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue this priority next year, keeping its judgements and visits&apos; answers</source>
        <translation>Parhau â’r flaenoriaeth hon y flwyddyn nesaf, gan gadw ei barnau ac atebion yr ymweliadau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add this year&apos;s priorities to record judgements against them.</source>
        <translation>Ychwanegwch flaenoriaethau eleni er mwyn cofnodi barn arnynt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority to see its judgements.</source>
        <translation>Dewiswch flaenoriaeth i weld y farn arni.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks to progress</source>
        <translation>Risgiau i&apos;r cynnydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No judgements yet this year.</source>
        <translation>Dim barnau eto eleni.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Earlier years (carried forward)</source>
        <translation>Blynyddoedd cynharach (wedi’u cario ymlaen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approved by the LA {0} {1}</source>
        <translation>Wedi&apos;i chymeradwyo gan yr ALl {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not approved by the LA {0} {1}</source>
        <translation>Heb ei chymeradwyo gan yr ALl {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the LA for approval</source>
        <translation>Wedi&apos;i hanfon at yr ALl i&apos;w chymeradwyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet sent to the LA for approval</source>
        <translation>Heb ei hanfon at yr ALl i&apos;w chymeradwyo eto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Final, corrected</source>
        <translation>Terfynol, wedi&apos;i gywiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No visits yet. Start one with “Start a visit”.</source>
        <translation>Dim ymweliadau eto. Dechreuwch un gyda “Dechrau ymweliad”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With {0}</source>
        <translation>Gyda {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No summary written yet.</source>
        <translation>Does dim crynodeb wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No open actions.</source>
        <translation>Dim camau gweithredu ar agor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}
Impact: {1}</source>
        <comment>support and its impact</comment>
        <translation>{0}
Effaith: {1}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No support recorded for {0}.</source>
        <translation>Dim cymorth wedi&apos;i gofnodi ar gyfer {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} days agreed, under way or complete; {1} days in all, including requests.</source>
        <translation>{0} diwrnod wedi&apos;u cytuno, ar y gweill neu wedi&apos;u cwblhau; {1} diwrnod i gyd, gan gynnwys ceisiadau.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing recorded yet. Note strengths other schools could learn from.</source>
        <translation>Dim wedi&apos;i gofnodi eto. Nodwch gryfderau y gallai ysgolion eraill ddysgu ohonynt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The school&apos;s support level has not been changed.</source>
        <translation>Nid yw lefel cymorth yr ysgol wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>National categorisation (until 2020): {0}</source>
        <translation>Categoreiddio cenedlaethol (hyd at 2020): {0}</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the school between core and enhanced support</source>
        <translation>Symud yr ysgol rhwng cymorth craidd a chymorth ychwanegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change support level</source>
        <translation>Newid lefel y cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School details…</source>
        <translation>Manylion yr ysgol…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headteacher, contacts, memberships and the language of its reports</source>
        <translation>Pennaeth, cysylltiadau, aelodaeth ac iaith adroddiadau&apos;r ysgol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary for governors…</source>
        <translation>Crynodeb i&apos;r llywodraethwyr…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your summary of the school&apos;s year, printed in the report to governors</source>
        <translation>Eich crynodeb o flwyddyn yr ysgol, wedi&apos;i argraffu yn yr adroddiad i&apos;r llywodraethwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days agreed…</source>
        <translation>Diwrnodau a gytunwyd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days of your time agreed with the school this year beyond the minimum</source>
        <translation>Y diwrnodau o&apos;ch amser a gytunwyd gyda&apos;r ysgol eleni y tu hwnt i&apos;r isafswm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a visit to this school (Ctrl+N)</source>
        <translation>Dechrau ymweliad â&apos;r ysgol hon (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic &amp;year</source>
        <translation>Blwyddyn &amp;academaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add priority</source>
        <translation>Ychwanegu blaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a priority for this year (Ctrl+Shift+P)</source>
        <translation>Ychwanegu blaenoriaeth ar gyfer eleni (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Edit priority</source>
        <translation>Golygu&apos;r flaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record judgement…</source>
        <translation>Cofnodi barn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this term&apos;s judgement of the chosen priority (Ctrl+J)</source>
        <translation>Cofnodi barn y tymor hwn ar y flaenoriaeth a ddewiswyd (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priorities and their judgements</source>
        <translation>Y blaenoriaethau a&apos;r farn arnynt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Visits, newest first</source>
        <translation>Ymweliadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open visit</source>
        <translation>Agor yr ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open actions</source>
        <translation>Camau gweithredu ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support and impact</source>
        <translation>Cymorth ac effaith</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support this year</source>
        <translation>Cymorth eleni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request support</source>
        <translation>Gofyn am gymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit support</source>
        <translation>Golygu&apos;r cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Arfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reform area</source>
        <translation>Maes diwygio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Practice worth sharing</source>
        <translation>Arferion sy&apos;n werth eu rhannu</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add practice</source>
        <translation>Ychwanegu arfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit practice</source>
        <translation>Golygu&apos;r arfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core and enhanced decisions</source>
        <translation>Penderfyniadau am gymorth craidd ac ychwanegol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priorities {0}</source>
        <translation>Blaenoriaethau {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visits ({0})</source>
        <translation>Ymweliadau ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions ({0})</source>
        <translation>Camau ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ({0})</source>
        <translation>Cymorth ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice ({0})</source>
        <translation>Arferion ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support level</source>
        <translation>Lefel cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Core or enhanced support: the decisions and reasons</source>
        <translation>Cymorth craidd neu ychwanegol: y penderfyniadau a&apos;u rhesymau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key tasks</source>
        <translation>Tasgau allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This term&apos;s key tasks: done by a visit or ticked</source>
        <translation>Tasgau allweddol y tymor hwn: wedi&apos;u gwneud mewn ymweliad neu wedi&apos;u ticio</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open actions agreed with the school</source>
        <translation>Camau gweithredu ar agor y cytunwyd arnynt gyda&apos;r ysgol</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/ui/caseload/search.py" line="+102"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit summary</source>
        <translation>Crynodeb o&apos;r ymweliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit on {0}</source>
        <translation>Ymweliad ar {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question {0}: {1}</source>
        <translation>Cwestiwn {0}: {1}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Type in the search box to search answers, evidence, actions, notes and visit summaries.</source>
        <translation>Teipiwch yn y blwch chwilio i chwilio atebion, tystiolaeth, camau gweithredu, nodiadau a chrynodebau ymweliadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 result for “{0}”. Press Enter to open it.</source>
        <translation>1 canlyniad ar gyfer “{0}”. Pwyswch Enter i&apos;w agor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} results for “{1}”. Press Enter to open one.</source>
        <translation>{0} canlyniad ar gyfer “{1}”. Pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “{0}”.</source>
        <translation>Ni chafwyd dim ar gyfer “{0}”.</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <location filename="../../desktop/ui/school/dialogs.py" line="+414"/>
        <source>Start a visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the visit</source>
        <translation>Dyddiad yr ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Length of the visit</source>
        <translation>Hyd yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole day</source>
        <translation>Diwrnod cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A half day</source>
        <translation>Hanner diwrnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names separated by commas</source>
        <translation>Enwau wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspects to discuss</source>
        <translation>Agweddau i&apos;w trafod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purposes of the key-task schedule for this term ({0}) come first.</source>
        <translation>Mae dibenion amserlen y tasgau allweddol ar gyfer y tymor hwn ({0}) yn dod gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length</source>
        <translation>&amp;Hyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>D&amp;iben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attendees</source>
        <translation>Yn &amp;bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;spects to discuss</source>
        <translation>A&amp;gweddau i&apos;w trafod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start visit</source>
        <translation>Dechrau&apos;r ymweliad</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="+82"/>
        <source>SIPL cannot open your data</source>
        <translation>Ni all SIPL agor eich data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your SIPL data file is damaged. It has been left exactly as it is.</source>
        <translation>Mae ffeil ddata SIPL wedi&apos;i difrodi. Mae wedi&apos;i gadael yn union fel y mae.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: {0}
Problem: {1}</source>
        <translation>Ffeil: {0}
Problem: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No good backup was found, so SIPL cannot repair it. Quit, and ask your consortium&apos;s support team for help; do not delete the file.</source>
        <translation>Ni chafwyd hyd i gopi wrth gefn da, felly ni all SIPL ei thrwsio. Gadewch y rhaglen a gofynnwch i dîm cymorth eich consortiwm am help; peidiwch â dileu&apos;r ffeil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>You can put the newest good backup in its place. The damaged file is kept beside it, renamed, so nothing is deleted. Changes made after the backup was taken are not in it.</source>
        <translation>Gallwch roi&apos;r copi wrth gefn da diweddaraf yn ei lle. Caiff y ffeil sydd wedi&apos;i difrodi ei chadw wrth ei ochr, dan enw newydd, felly ni chaiff dim ei ddileu. Nid yw&apos;r newidiadau a wnaed ar ôl gwneud y copi wrth gefn ynddo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the newest good backup ({0})</source>
        <translation>Adfer y copi wrth gefn da diweddaraf ({0})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This laptop&apos;s access to the central store was revoked, so SIPL removed the key that opened its data here.</source>
        <translation>Cafodd mynediad y gliniadur hwn i&apos;r storfa ganolog ei ddiddymu, felly tynnodd SIPL yr allwedd a oedd yn agor ei ddata yma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key that opens SIPL&apos;s data on this laptop is missing from its password store (keyring), as after a reinstalled system or a new keyring.</source>
        <translation>Mae&apos;r allwedd sy&apos;n agor data SIPL ar y gliniadur hwn ar goll o&apos;i storfa gyfrineiriau (keyring), fel ar ôl ailosod y system neu storfa gyfrineiriau newydd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locked data has been kept aside, untouched. Connect to the central store again with a new enrolment code: everything you synced comes back.</source>
        <translation>Mae&apos;r data sydd ar glo wedi&apos;i gadw o&apos;r neilltu, heb ei gyffwrdd. Cysylltwch â&apos;r storfa ganolog eto gyda chod cofrestru newydd: daw popeth a gysonwyd gennych yn ôl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SIPL&apos;s data on this laptop is locked</source>
        <translation>Mae data SIPL ar y gliniadur hwn ar glo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SIPL cannot unlock its data</source>
        <translation>Ni all SIPL ddatgloi ei ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s password store (keyring) refused to keep the key that protects SIPL&apos;s data: it may be locked, or SIPL may not be allowed to use it. Unlock it or ask IT, then start SIPL again. Nothing has been changed.</source>
        <translation>Gwrthododd cylch allweddi&apos;r cyfrifiadur hwn (keyring) gadw&apos;r allwedd sy&apos;n diogelu data SIPL: efallai ei fod wedi&apos;i gloi, neu nad yw SIPL yn cael ei ddefnyddio. Datglowch ef neu gofynnwch i&apos;r adran TG, yna agorwch SIPL eto. Does dim wedi newid.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SIPL is out of date</source>
        <translation>Mae angen diweddaru SIPL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your SIPL data was saved by a newer version of SIPL, so this version cannot open it. Install the newer SIPL; your data has been left untouched.</source>
        <translation>Cafodd eich data SIPL ei gadw gan fersiwn mwy newydd o SIPL, felly ni all y fersiwn hon ei agor. Gosodwch y fersiwn mwy newydd o SIPL; nid yw eich data wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Your administrator has revoked this laptop&apos;s access to the central store. SIPL will now lock its data on this laptop and close.</source>
        <translation>Mae eich gweinyddwr wedi diddymu mynediad y gliniadur hwn i&apos;r storfa ganolog. Bydd SIPL nawr yn cloi ei ddata ar y gliniadur hwn ac yn cau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} changes made on this laptop had not reached the central store and cannot be sent from it any more: {1}. Tell your principal improvement partner what they were.</source>
        <translation>Nid oedd {0} newid a wnaed ar y gliniadur hwn wedi cyrraedd y storfa ganolog, ac ni ellir eu hanfon ohono mwyach: {1}. Dywedwch wrth eich prif bartner gwella beth oedden nhw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop&apos;s access has been revoked</source>
        <translation>Mae mynediad y gliniadur hwn wedi&apos;i ddiddymu</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>SIPL now protects your data</source>
        <translation>Mae SIPL bellach yn diogelu eich data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIPL has encrypted its data on this laptop: your caseload and its backups can now be read only by SIPL, with a key kept in this computer&apos;s password store. Every record was checked after the change and nothing was lost; the unprotected copies have been removed.</source>
        <translation>Mae SIPL wedi amgryptio ei ddata ar y gliniadur hwn: dim ond SIPL all ddarllen eich llwyth achosion a&apos;i gopïau wrth gefn bellach, gydag allwedd a gedwir yn storfa gyfrineiriau&apos;r cyfrifiadur hwn. Cafodd pob cofnod ei wirio ar ôl y newid ac ni chollwyd dim; mae&apos;r copïau heb eu diogelu wedi&apos;u dileu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Something went wrong in SIPL</source>
        <translation>Aeth rhywbeth o&apos;i le yn SIPL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIPL met a problem it did not expect ({0}) and carries on. What you typed is saved as usual. If it happens again, tell your consortium&apos;s support team what you were doing.</source>
        <translation>Daeth SIPL ar draws problem nad oedd yn ei disgwyl ({0}) ac mae&apos;n parhau. Mae&apos;r hyn a deipiwyd gennych wedi&apos;i gadw fel arfer. Os bydd yn digwydd eto, dywedwch wrth dîm cymorth eich consortiwm beth roeddech yn ei wneud.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../desktop/ui/visit/page.py" line="+301"/>
        <location line="+8"/>
        <source>Summary of the visit</source>
        <translation>Crynodeb o&apos;r ymweliad</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The note of visit for the headteacher: what was discussed, the strengths and areas for development found, and what was agreed.</source>
        <translation>Y nodyn ymweliad ar gyfer y pennaeth: beth a drafodwyd, y cryfderau a&apos;r meysydd i&apos;w datblygu a nodwyd, a beth y cytunwyd arno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the summary here; it saves as you type.</source>
        <translation>Ysgrifennwch y crynodeb yma; caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next visit planned for</source>
        <translation>Yr ymweliad nesaf wedi&apos;i gynllunio ar gyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the next visit</source>
        <translation>Dyddiad yr ymweliad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Focus of the next visit</source>
        <translation>&amp;Ffocws yr ymweliad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus of the next visit</source>
        <translation>Ffocws yr ymweliad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note &amp;goes to</source>
        <translation>Mae&apos;r nodyn yn mynd &amp;at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives the note</source>
        <translation>Pwy sy&apos;n cael y nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besides the headteacher, separated by commas: e.g. Chair of governors</source>
        <translation>Yn ogystal â&apos;r pennaeth, wedi&apos;u gwahanu gan atalnodau: e.e. Cadeirydd y llywodraethwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headteacher&apos;s &amp;response</source>
        <translation>&amp;Ymateb y pennaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The headteacher&apos;s response to the note</source>
        <translation>Ymateb y pennaeth i&apos;r nodyn</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../desktop/ui/common/record_dialogs.py" line="-113"/>
        <source>Edit support</source>
        <translation>Golygu&apos;r cymorth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request support</source>
        <translation>Gofyn am gymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice worth sharing at other schools</source>
        <translation>Arferion sy&apos;n werth eu rhannu mewn ysgolion eraill</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Provided by</source>
        <translation>Yn cael ei ddarparu gan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider&apos;s name</source>
        <translation>Enw&apos;r darparwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ysgol Gynradd Glan Taf, literacy hub</source>
        <translation>e.e. Ysgol Gynradd Glan Taf, hyb llythrennedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not linked to a priority)</source>
        <translation>(heb ei gysylltu â blaenoriaeth)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What support</source>
        <translation>Pa gymorth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What difference the support made (when known)</source>
        <translation>Y gwahaniaeth a wnaeth y cymorth (pan fydd yn hysbys)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provided &amp;by</source>
        <translation>Yn cael ei ddarparu &amp;gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>&amp;Blaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days</source>
        <translation>&amp;Diwrnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact</source>
        <translation>E&amp;ffaith</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice &amp;elsewhere</source>
        <translation>&amp;Arfer mewn ysgolion eraill</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save support</source>
        <translation>Cadw&apos;r cymorth</translation>
    </message>
</context>
<context>
    <name>SupportLevelDialog</name>
    <message>
        <location filename="../../desktop/ui/school/dialogs.py" line="-180"/>
        <location line="+37"/>
        <source>Change support level</source>
        <translation>Newid lefel y cymorth</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Move {0} from {1} to {2}</source>
        <translation>Symud {0} o {1} i {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of the decision</source>
        <translation>Dyddiad y penderfyniad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the school&apos;s support changes (required)</source>
        <translation>Pam mae cymorth yr ysgol yn newid (gofynnol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The school</source>
        <translation>Yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The governors</source>
        <translation>Y llywodraethwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local authority</source>
        <translation>Yr awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consortium</source>
        <translation>Y consortiwm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The improvement partner</source>
        <translation>Y partner gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local authority&apos;s concerns</source>
        <translation>Pryderon yr awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who raised the move</source>
        <translation>Pwy gododd y newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised &amp;by</source>
        <translation>&amp;Codwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed by</source>
        <translation>Cytunwyd gan</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/ui/sync/link.py" line="+45"/>
        <source>You are offline. SIPL will sync when a connection is back.</source>
        <translation>Rydych all-lein. Bydd SIPL yn cysoni pan fydd cysylltiad eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central store cannot be reached at the moment.</source>
        <translation>Does dim modd cyrraedd y storfa ganolog ar hyn o bryd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop&apos;s access has been revoked. Ask your administrator for a new enrolment code.</source>
        <translation>Mae mynediad y gliniadur hwn wedi&apos;i ddiddymu. Gofynnwch i&apos;ch gweinyddwr am god cofrestru newydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop&apos;s sign-in has expired. Enrol it again.</source>
        <translation>Mae mewngofnodi&apos;r gliniadur hwn wedi dod i ben. Cofrestrwch ef eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central store does not know this laptop. Enrol it again.</source>
        <translation>Nid yw&apos;r storfa ganolog yn adnabod y gliniadur hwn. Cofrestrwch ef eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change or file is larger than the central store accepts.</source>
        <translation>Mae newid neu ffeil yn fwy nag y mae&apos;r storfa ganolog yn ei dderbyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central store had a problem. SIPL will try again later.</source>
        <translation>Cafodd y storfa ganolog broblem. Bydd SIPL yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync was cancelled. Nothing was lost.</source>
        <translation>Cafodd y cysoni ei ganslo. Ni chollwyd dim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop is not connected to a central store yet.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu â storfa ganolog eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure password store, so SIPL cannot keep its sign-in. Ask IT to enable the system keyring. SIPL will not store it in a plain file.</source>
        <translation>Does gan y cyfrifiadur hwn ddim storfa gyfrineiriau ddiogel, felly ni all SIPL gadw ei fewngofnodi. Gofynnwch i&apos;r adran TG alluogi cylch allweddi&apos;r system. Ni fydd SIPL yn ei gadw mewn ffeil blaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This enrolment code is not known. Check it and try again.</source>
        <translation>Nid yw&apos;r cod cofrestru hwn yn hysbys. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This enrolment code has already been used.</source>
        <translation>Mae&apos;r cod cofrestru hwn eisoes wedi&apos;i ddefnyddio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This enrolment code has expired. Ask for a new one.</source>
        <translation>Mae&apos;r cod cofrestru hwn wedi dod i ben. Gofynnwch am un newydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The central store&apos;s certificate is not trusted, so SIPL sent nothing. Check the server address, or ask your administrator.</source>
        <translation>Nid oes modd ymddiried yn nhystysgrif y storfa ganolog, felly ni anfonodd SIPL ddim. Gwiriwch gyfeiriad y gweinydd, neu gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SIPL connects to a central store only with an address starting https:// (http:// only to this computer itself).</source>
        <translation>Dim ond â chyfeiriad sy&apos;n dechrau https:// y mae SIPL yn cysylltu â storfa ganolog (http:// dim ond i&apos;r cyfrifiadur hwn ei hun).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong enrolment codes were tried from here. Wait a few minutes, then type the code again carefully.</source>
        <translation>Rhoddwyd cynnig ar ormod o godau cofrestru anghywir o&apos;r fan hon. Arhoswch ychydig funudau, yna teipiwch y cod eto&apos;n ofalus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The central store refused the request.</source>
        <translation>Gwrthododd y storfa ganolog y cais.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/widgets.py" line="-168"/>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Syncing… {0} changes received</source>
        <translation>Wrthi&apos;n cysoni… {0} newid wedi dod i law</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel sync</source>
        <translation>Canslo&apos;r cysoni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes and receive your team&apos;s (F9)</source>
        <translation>Anfon eich newidiadau a derbyn rhai eich tîm (F9)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a central store</source>
        <translation>Heb gysylltu â storfa ganolog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect…</source>
        <translation>Cysylltu…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All changes sent</source>
        <translation>Pob newid wedi’i anfon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 change not yet sent</source>
        <translation>1 newid heb ei anfon eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} changes not yet sent</source>
        <translation>{0} newid heb eu hanfon eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — nothing sent yet</source>
        <translation>{0} — dim wedi’i anfon eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — last sent {1}</source>
        <translation>{0} — anfonwyd ddiwethaf {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last sent {0}</source>
        <translation>Anfonwyd ddiwethaf {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>funud yn ôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute ago</source>
        <translation>1 munud yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} minutes ago</source>
        <translation>{0} munud yn ôl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hour ago</source>
        <translation>1 awr yn ôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} hours ago</source>
        <translation>{0} awr yn ôl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <translation>ddoe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} days ago</source>
        <translation>{0} diwrnod yn ôl</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Conflicts to resolve: {0}</source>
        <translation>Gwrthdaro i’w ddatrys: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes needing attention: {0}</source>
        <translation>Newidiadau sydd angen sylw: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files still to come: {0}</source>
        <translation>Ffeiliau tystiolaeth eto i ddod: {0}</translation>
    </message>
</context>
<context>
    <name>TeamCaseloadModel</name>
    <message>
        <location filename="../../desktop/ui/desk/caseload.py" line="+97"/>
        <source>School and local authority</source>
        <translation>Ysgol ac awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement partner</source>
        <translation>Partner gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of priorities</source>
        <translation>Cynnydd y blaenoriaethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner days</source>
        <translation>Diwrnodau&apos;r partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Ymweliad diwethaf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never synced</source>
        <translation>Heb gysoni erioed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced today</source>
        <translation>Cysonwyd heddiw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced yesterday</source>
        <translation>Cysonwyd ddoe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of date: not synced for {0} days</source>
        <translation>Wedi dyddio: heb gysoni ers {0} diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced {0} days ago</source>
        <translation>Cysonwyd {0} diwrnod yn ôl</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not allocated</source>
        <translation>Heb ei dyrannu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>→ {0}, {1}</source>
        <translation>→ {0}, {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last sync: {0}</source>
        <translation>Cysoni diwethaf: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed to {0} from {1}</source>
        <translation>Yn mynd i {0} o {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>No priorities yet</source>
        <translation>Dim blaenoriaethau eto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not yet judged</source>
        <translation>Heb ei barnu eto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} days</source>
        <translation>{0} diwrnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} days</source>
        <translation>{0} o {1} diwrnod</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
</context>
<context>
    <name>TeamCaseloadPage</name>
    <message>
        <location line="+145"/>
        <source>Team caseload</source>
        <translation>Llwyth achosion y tîm</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>All local authorities</source>
        <translation>Pob awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All partners</source>
        <translation>Pob partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sectors</source>
        <translation>Pob sector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All language media</source>
        <translation>Pob cyfrwng iaith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All support levels</source>
        <translation>Pob lefel cymorth</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} of {1} schools · {2} partners</source>
        <translation>{0} o {1} ysgol · {2} partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 partner not synced for over a week</source>
        <translation>1 partner heb gysoni ers dros wythnos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} partners not synced for over a week</source>
        <translation>{0} partner heb gysoni ers dros wythnos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No school matches these filters.</source>
        <translation>Nid oes ysgol yn cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No schools yet: sync to bring in the team&apos;s schools.</source>
        <translation>Dim ysgolion eto: cysonwch i ddod ag ysgolion y tîm i mewn.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+9"/>
        <source>The team&apos;s schools</source>
        <translation>Ysgolion y tîm</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Find a school or partner…</source>
        <translation>Chwilio am ysgol neu bartner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a school or partner</source>
        <translation>Dod o hyd i ysgol neu bartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement partner</source>
        <translation>Partner gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language medium</source>
        <translation>Cyfrwng iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support level</source>
        <translation>Lefel cymorth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off track only</source>
        <translation>Ddim ar y trywydd iawn yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reallocate…</source>
        <translation>Ailddyrannu…</translation>
    </message>
</context>
<context>
    <name>TeamConflictsModel</name>
    <message>
        <location filename="../../desktop/ui/desk/conflicts.py" line="+105"/>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Beth a newidiodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Newidiwyd gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Improvement partner: {0}</source>
        <translation>Partner gwella: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A: {0}</source>
        <translation>A: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: {0}</source>
        <translation>B: {0}</translation>
    </message>
</context>
<context>
    <name>TeamConflictsPage</name>
    <message>
        <location line="+238"/>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Changed {0}</source>
        <translation>Newidiwyd {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {0} · in use until you decide</source>
        <translation>Newidiwyd {0} · ar waith nes i chi benderfynu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use until you decide</source>
        <translation>Ar waith nes i chi benderfynu</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Keep version A</source>
        <translation>Cadw fersiwn A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep version B</source>
        <translation>Cadw fersiwn B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep version A, from {0}</source>
        <translation>Cadw fersiwn A, gan {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep version B, from {0}</source>
        <translation>Cadw fersiwn B, gan {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the merged text</source>
        <translation>Cadw&apos;r testun wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Merged text</source>
        <translation>Testun wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Both changes combined, as they touch different words. Check it, edit it if needed, then keep it.</source>
        <translation>Mae&apos;r ddau newid wedi&apos;u cyfuno, gan eu bod yn effeithio ar eiriau gwahanol. Gwiriwch y testun, golygwch ef os oes angen, yna cadwch ef.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two versions change the same words, so both are given here one after the other. Edit them into one text, then keep it.</source>
        <translation>Mae&apos;r ddwy fersiwn yn newid yr un geiriau, felly mae&apos;r ddwy yma, y naill ar ôl y llall. Golygwch nhw&apos;n un testun, yna cadwch ef.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a decision, not a text to merge: keep one version or the other. Whatever you keep reaches everyone at the next sync.</source>
        <translation>Penderfyniad yw hwn, nid testun i&apos;w gyfuno: cadwch y naill fersiwn neu&apos;r llall. Bydd pawb yn cael yr hyn a gadwch yn y cysoni nesaf.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The decision could not be saved: {0}</source>
        <translation>Nid oedd modd cadw&apos;r penderfyniad: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept version A ({0}) — {1}, {2}. Everyone gets the decision at the next sync.</source>
        <translation>Cadwyd fersiwn A ({0}) — {1}, {2}. Bydd pawb yn cael y penderfyniad yn y cysoni nesaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept version B ({0}) — {1}, {2}. Everyone gets the decision at the next sync.</source>
        <translation>Cadwyd fersiwn B ({0}) — {1}, {2}. Bydd pawb yn cael y penderfyniad yn y cysoni nesaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept the merged text — {0}, {1}. Everyone gets the decision at the next sync.</source>
        <translation>Cadwyd y testun wedi&apos;i gyfuno — {0}, {1}. Bydd pawb yn cael y penderfyniad yn y cysoni nesaf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to decide.</source>
        <translation>Does dim i&apos;w benderfynu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 conflicting change to decide</source>
        <translation>1 newid sy&apos;n gwrthdaro i benderfynu arno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} conflicting changes to decide</source>
        <translation>{0} newid sy&apos;n gwrthdaro i benderfynu arnynt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 school</source>
        <translation>mewn 1 ysgol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0} schools</source>
        <translation>mewn {0} ysgol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showing {0}</source>
        <translation>yn dangos {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflict matches. Clear the filter.</source>
        <translation>Does dim gwrthdaro&apos;n cyfateb. Cliriwch yr hidlydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicting changes in your team&apos;s schools. When two partners change the same thing offline, it appears here for you to decide.</source>
        <translation>Does dim newidiadau sy&apos;n gwrthdaro yn ysgolion eich tîm. Pan fydd dau bartner yn newid yr un peth all-lein, bydd yn ymddangos yma i chi benderfynu arno.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conflicting changes in your team&apos;s schools</source>
        <translation>Newidiadau sy&apos;n gwrthdaro yn ysgolion eich tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter by school or partner</source>
        <translation>Hidlo yn ôl ysgol neu bartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open school</source>
        <translation>Agor yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the school of the chosen conflict</source>
        <translation>Agor ysgol y gwrthdaro a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts in your team&apos;s schools</source>
        <translation>Gwrthdaro heb ei ddatrys yn ysgolion eich tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a conflict to compare the two versions.</source>
        <translation>Dewiswch wrthdaro i gymharu&apos;r ddwy fersiwn.</translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <location filename="../../desktop/ui/desk/window.py" line="+147"/>
        <source>Team desk · SIPL</source>
        <translation>Desg y tîm · SIPL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team desk: {0}</source>
        <translation>Desg y tîm: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team desk</source>
        <translation>Desg y tîm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything here is as of this laptop&apos;s last sync, on {0}. Each partner&apos;s own last sync is shown beside their schools.</source>
        <translation>Mae popeth yma fel yr oedd yng nghysoni diwethaf y gliniadur hwn, ar {0}. Dangosir cysoni diwethaf pob partner wrth ymyl ei ysgolion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop has not synced yet: connect and sync to see the team.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi cysoni eto: cysylltwch a chysonwch i weld y tîm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic &amp;year</source>
        <translation>Blwyddyn &amp;academaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../desktop/ui/desk/menu.py" line="+82"/>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team desk…</source>
        <translation>Desg y tîm…</translation>
    </message>
</context>
<context>
    <name>TickDialog</name>
    <message>
        <location filename="../../desktop/ui/school/key_task_panel.py" line="-248"/>
        <source>Mark a key task done</source>
        <translation>Nodi bod tasg allweddol wedi&apos;i gwneud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done on</source>
        <translation>Dyddiad ei gwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered by the visit of</source>
        <translation>Yr ymweliad a ymdriniodd â hi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit: ticked by hand</source>
        <translation>Dim ymweliad: wedi&apos;i thicio â llaw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit of {0}</source>
        <translation>Ymweliad {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done on</source>
        <translation>&amp;Dyddiad ei gwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;vered by</source>
        <translation>&amp;Ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Nodi ei bod wedi&apos;i gwneud</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <location filename="../../desktop/ui/visit/page.py" line="+279"/>
        <source>This school has moved to another improvement partner. You can read this visit until {0}, the end of the term; nothing in it can be changed here.</source>
        <translation>Mae&apos;r ysgol hon wedi symud at bartner gwella arall. Gallwch ddarllen yr ymweliad hwn tan {0}, diwedd y tymor; ni ellir newid dim ynddo yma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+362"/>
        <source>Visit on {0}</source>
        <translation>Ymweliad ar {0}</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Final, corrected</source>
        <translation>Terfynol, wedi&apos;i gywiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished on {0}.</source>
        <translation>Gorffennwyd ar {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last corrected on {0}.</source>
        <translation>Cywirwyd ddiwethaf ar {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes are kept as corrections.</source>
        <translation>Caiff newidiadau eu cadw fel cywiriadau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0} of 5 answered · {1} evidence</source>
        <translation>{0} o 5 wedi&apos;u hateb · {1} tystiolaeth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary and next visit</source>
        <translation>Crynodeb a&apos;r ymweliad nesaf</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>The summary of the visit is empty.</source>
        <translation>Mae crynodeb yr ymweliad yn wag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No question is answered for: {0}.</source>
        <translation>Does dim ateb i unrhyw gwestiwn ar gyfer: {0}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finish the visit</source>
        <translation>Gorffen yr ymweliad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark this visit as final? You can still correct it afterwards; corrections are recorded.</source>
        <translation>Nodi bod yr ymweliad hwn yn derfynol? Gallwch ei gywiro wedyn o hyd; caiff cywiriadau eu cofnodi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+86"/>
        <source>Finish visit</source>
        <translation>Gorffen yr ymweliad</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Evidence ({0})</source>
        <translation>Tystiolaeth ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions ({0})</source>
        <translation>Camau gweithredu ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support ({0})</source>
        <translation>Cymorth ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the visit final (Ctrl+Shift+Enter)</source>
        <translation>Nodi bod yr ymweliad yn derfynol (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>D&amp;iben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttendees</source>
        <translation>Yn &amp;bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, separated by commas</source>
        <translation>Enwau, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the visit</source>
        <translation>Dyddiad yr ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of the visit</source>
        <translation>Diben yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspects…</source>
        <translation>Agweddau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the priorities and reform areas discussed</source>
        <translation>Dewis y blaenoriaethau a&apos;r meysydd diwygio a drafodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspects</source>
        <translation>Agweddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspects of the visit</source>
        <translation>Agweddau&apos;r ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the aspects of this visit with “Aspects…”.</source>
        <translation>Dewiswch agweddau&apos;r ymweliad hwn gydag “Agweddau…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the school&apos;s log</source>
        <translation>Yn ôl i gofnod yr ysgol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions agreed at this visit</source>
        <translation>Camau gweithredu y cytunwyd arnynt yn yr ymweliad hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request support</source>
        <translation>Gofyn am gymorth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days · status</source>
        <translation>Diwrnodau · statws</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support requested at this visit</source>
        <translation>Cymorth y gofynnwyd amdano yn yr ymweliad hwn</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop/ui/common/present.py" line="+25"/>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Niwtral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested</source>
        <translation>Gofynnwyd amdano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Wedi&apos;i gytuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Wedi&apos;i chyflawni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried forward</source>
        <translation>Wedi&apos;i chario ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i thynnu&apos;n ôl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welsh medium</source>
        <translation>Cyfrwng Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English medium</source>
        <translation>Cyfrwng Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual stream</source>
        <translation>Ffrwd ddeuol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual language</source>
        <translation>Iaith ddeuol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitional</source>
        <translation>Trosiannol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual</source>
        <translation>Dwyieithog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (Type A)</source>
        <translation>Dwyieithog (Math A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (Type B)</source>
        <translation>Dwyieithog (Math B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (Type C)</source>
        <translation>Dwyieithog (Math C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilingual (Type Ch)</source>
        <translation>Dwyieithog (Math Ch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English with significant Welsh</source>
        <translation>Saesneg gyda defnydd sylweddol o&apos;r Gymraeg</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not yet judged</source>
        <translation>Heb farn eto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} {1}: {2} · {3}</source>
        <comment>term, academic year, rate, on or off track</comment>
        <translation>{0} {1}: {2} · {3}</translation>
    </message>
</context>
<context>
    <name>YearSummaryDialog</name>
    <message>
        <location filename="../../desktop/ui/school/details_dialogs.py" line="-78"/>
        <source>Summary of {0} for the governors</source>
        <translation>Crynodeb o {0} i&apos;r llywodraethwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printed near the start of the annual report to the governing body: the progress the school made this year, in your words.</source>
        <translation>Wedi&apos;i argraffu tua dechrau&apos;r adroddiad blynyddol i&apos;r corff llywodraethu: y cynnydd a wnaeth yr ysgol eleni, yn eich geiriau chi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary of the year</source>
        <translation>Crynodeb o&apos;r flwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save summary</source>
        <translation>Cadw&apos;r crynodeb</translation>
    </message>
</context>
</TS>
