<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Chapter XVIII - Penal Matters</title></head>
<body>
<div id="content">
  <h1>CHAPTER XVIII - PENAL MATTERS</h1>
  <table class="chapter-list">
    <tr><td>14.</td><td><a href="/Pages/ViewDetailsIII.aspx?src=TREATY&amp;mtdsg_no=XVIII-14&amp;chapter=18&amp;clang=_en">International Convention for the Suppression of Terrorist Bombings</a></td></tr>
    <tr><td>15.</td><td><a href="/Pages/ViewDetailsIII.aspx?src=TREATY&amp;mtdsg_no=XVIII-15&amp;chapter=18&amp;clang=_en">International Convention for the Suppression of the Financing of Terrorism</a></td></tr>
    <tr><td>16.</td><td><a href="/Pages/ViewDetails.aspx?src=TREATY&amp;mtdsg_no=XVIII-16&amp;chapter=18&amp;clang=_en">United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes</a></td></tr>
  </table>
</div>
</body>
</html>
