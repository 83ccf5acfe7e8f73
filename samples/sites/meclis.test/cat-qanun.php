<!DOCTYPE html>
<html lang="az">
<head><meta charset="utf-8"><title>Qanunlar</title></head>
<body>
<div id="mod_senter"><div id="mod_senter_text">
  <table class="qanunlar">
    <tr><td>10.02.2026</td><td><a href="/az/content/1215">&quot;Uşaqlara aliment və ailənin saxlanılması üçün digər vəsaitlərin beynəlxalq tutulması haqqında&quot; Konvensiyaya qoşulmaq barədə</a></td></tr>
    <tr><td>03.02.2026</td><td><a href="/az/content/1201">Birləşmiş Millətlər Təşkilatının Kibercinayətkarlığa qarşı Konvensiyasının təsdiq edilməsi haqqında</a></td></tr>
    <tr><td>27.01.2026</td><td><a href="/az/content/1190">Azərbaycan Respublikasının Vergi Məcəlləsində dəyişiklik edilməsi haqqında</a></td></tr>
  </table>
</div></div>
</body>
</html>
