<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Laws</title></head>
<body>
<div id="mod_senter"><div id="mod_senter_text">
  <table class="qanunlar">
    <tr><td>03.02.2026</td><td><a href="/en/content/1201">On the approval of the United Nations Convention against Cybercrime</a></td></tr>
  </table>
</div></div>
</body>
</html>
