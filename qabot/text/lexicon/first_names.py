"""First names with their gender: the common English ones and those common in international
news, joined in `MALE_NAMES` and `FEMALE_NAMES`. A
speaker's gender keeps "she said" off a man ("Daniela Hantuchova ... she said"), and a known
first name tells a person's name from a place's or a firm's. Names that are also places or
brands ("Carolina", "Sofia", "Mercedes", "San Diego") are left out."""

WORLD_MALE_NAMES = frozenset(
    """
abdullah ahmad ahmet alain alessandro alexandre amit anatoly anders andreas andrei andré anil
antoine antony anwar armen arnaud arun ashok ashot asif bashar bastian benoit bernd bjorn
carsten cesar christoph christos claus clemens cristian cristiano curt damien dario davide
deepak didier dieter dimitri dirk dmitri domenico dougie dragan edouard eduardo emanuele emil
emilio emre enzo erik esteban fabian fabio fabrice faisal federico florian fouad francesco
franck francois françois frederic fredrik friedrich frédéric gamal gennady gerard gerd gianni
giorgi giorgio giovanni giuseppe gonzalo goran guido guillermo gunnar gunter gustavo hakan hamad
hamid hamza hani hassan heinrich heinz helmut hendrik henri herve hervé hicham horst hosni
hussein ibrahim ignacio imran jacek jaime jakob jarek javier jawad jesper joachim joaquin johan
jonny jorg jorge josef josé jörg jürgen kamal karim kasper kemal khalid klaus lars laurent
lennart leonid levan lothar ludwig lukas mahmoud majid manfred manmohan marat marek marius
massimo mathew mats matthias mauricio mehmet mervyn mikael mikhail mikheil milos mohammad murat
mustafa nabil nasser nawaz nenad nicolai nikita nikolai nils ole oleg olivier padraig paolo
patricio pavel pervez philippe pieter radek rafa rahul rainer raj rajesh ralf ramon rashid ravi
recep reinhard renaud rene rené rhodri roberto rodrigo rohit rolando ronan rudolf rui
ruslan rustam ruud sachin saeed salim salvatore sandro sanjay sebastien serge sergi sergio
shahid slobodan stanislav stefano sunil suresh sébastien tariq thierry thorsten tigran todd
tomas ulf uwe vaclav vasily vicente vijay vinod vitali vitaly vladislav walid werner wilhelm wim
wojciech yasser yevgeny youssef yusuf yves zbigniew ziad zinedine zoran zulfikar
""".split()
)
WORLD_FEMALE_NAMES = frozenset(
    """
agnieszka aisha alina amelia amelie amélie ana anastasia anaïs anja annemarie annika antonia
astrid beata beatriz benazir berit beverley birgit brigitta carina catalina chantal claudine
conchita cristina céline dagmar daniela dina elene elisabeth elise elke elzbieta ewa farah
fatima francesca francoise françoise gabriela gail galina giulia greta gudrun gwendolyn hanna
hanne heike helga hélène ilse indira ines inga irena irina ivana jacoba jacqui jadwiga jana
jelena jolanda jolanta kamila karin katarina katerina katja kelli kerstin krisztina ksenia
larisa leila letitia lilian liliana ljubov lucie ludmila ludmilla lyudmila magdalena malgorzata
margarita mariana marija marina marta maryam milena mira mirjana monika nadezhda nadine nasrin
natalia natalya nathalia nathalie oksana olena paola patrizia petrina priya ramona rania raquel
renate rhona sabine sabrina samira sandrine sania sanja shauna shirin silke soraya stefanie
sunita susanne svetla svetlana tamara tatiana tatyana teodora ulrike valentina valeria veronique
vesna viktoria véronique yana yasmin yelena yulia zainab zeynep zsuzsa
""".split()
)


# Common first names; a name's gender is only evidence, used to keep "she said" off a man.
MALE_NAMES = (
    frozenset(
        """
aaron abdul adam adrian ahmed aidan alan alastair albert alec alex alexander alexei alfie alfred
ali alistair allan alvin ambrose amir andre andrew andy angelo angus anthony antonio archie arnold
arsene arthur barack barney barry basil ben benjamin bernard bernie bertie bill billy bob bobby
boris boyd brad bradley brandon brendan brett brian bruce bryan callum calvin carl carlo carlos
cedric charles charlie chris christopher chuck clarence claude clint clive colin conor cormac craig
cyril damian damon dan daniel danny darren darryl dave david dean declan dennis derek desmond dick
dmitry dominic don donald donovan doug douglas duane duncan dustin dwight dylan ed eddie edgar
edmund edward edwin elijah elliot elliott elton elvis emile emmanuel enrique eric ernest ernie
ethan eugene evan felix fernando frank frankie franz fred freddie frederick gabriel gareth gary
gavin gene geoff geoffrey george geraint gerald gerhard gerry glen glenn godfrey gordon graeme
graham greg gregory gus guy hamish hans harold harry hector henry horace hugh hugo humphrey iain
ian igor isaac ivan jack jacob jacques jake james jamie jared jason jasper jeb jeff jeffrey jens
jeremy jerome jerry jesse jim jimmy joe joel joey john johnny jon jonah jonathan jose joseph josh
joshua juan julian julio jurgen justin karl keir keith ken kenneth kenny kevin kieran kim_m kofi
kurt kyle larry lee len lenny leo leon leonard leroy lester lewis liam lindsey_m lloyd lorenzo
louis luca lucas luigi luis luke luther lyndon magnus malcolm manuel marc marcel marco marcus mario
mark marlon martin martyn marvin matt matthew maurice max melvin michael michel mick miguel mike
mitch mitt mohamed mohammed monty muhammad nathan nathaniel ned neil niall nicholas nick nicolas
niels nigel noel norbert norman olaf oliver ollie omar otto owen pablo paddy pascal patrice patrick
paul pedro pete peter phil philip pierre piers quentin rafael rahm ralph randy raul ray raymond
reggie reince ricardo richard rick ricky ridley rob robbie robert robin_m rod rodion rodney roger
roland rolf roman ron ronald ronnie rory roy rudy rufus rupert russ russell ryan sam sammy samuel
scott seamus sean sebastian sergei sergey shane shaun sid sidney silvio simon stan stefan stephen
steve steven stuart sven ted terence terry theo theodore thomas tim timothy toby tom tommy tony
trevor tristan tyler ulrich valentino victor viktor vince vincent vinnie vladimir volodymyr walter
wayne wes wilfred william willie wolfgang xavier xi yuri zach
""".split()
    )
    | WORLD_MALE_NAMES
)
FEMALE_NAMES = (
    frozenset(
        """
abigail adele agnes alexandra alice alicia alison allison amanda amy andrea angela angelina anita
ann anna anne annette annie audrey ava barbara barbra belinda bernadette beth betty beverly bianca
brenda bridget brigitte camilla candice cara carla carly carmen carol caroline cate catherine cathy
cecilia celine charlene charlotte chelsea cherie cheryl chloe christina christine cindy claire
clare claudia colleen connie cynthia daisy dana danielle daphne debbie deborah debra delia della
denise diana diane dolly dominique donna dora doris dorothy edith edna eileen elaine eleanor elena
eliza elizabeth ella ellen ellie elsa emilia emily emma erica erin estelle esther eva evelyn faye
felicity fiona flora frances gabrielle gemma geraldine germaine gertrude gillian gina gisele gloria
grace gwen gwyneth hannah harriet hayley hazel heather heidi helen helena hilary hilda hillary
holly huma imelda ingrid irene iris isabel isabella isabelle ivanka jacqueline jade jane janet
janice janine jean jeanette jemima jennifer jenny jess jessica jill jo joan joanna joanne jodie
josephine joy joyce judith judy julia julie juliet justine karen kate katherine kathleen kathryn
kathy katie katrina kayleigh keira kelly kellyanne kimberly kirsten kirstie kristen kylie lara
laura lauren leah lena leslie lily linda lisa liz liza lois lola loretta lorna lorraine louise
lucia lucy lydia lynda lynn lynne madeleine madonna mandy marcia margaret margot maria marian
marianne marie marilyn marine marjorie marsha martha martina mary maureen mavis maxine meg megan
melania melanie melissa mia michelle mildred millie miranda moira molly monica muriel nadia nancy
naomi natalie natasha nell nicola nicole nikki nina nora norma odette olga olivia paige pam pamela
patricia patti paula pauline peggy penelope penny petra philippa phoebe phyllis polly priscilla
priti rachael rachel rebecca rebekah renee rita roberta rosa rosalind rose rosemary roxanne ruby
ruth sadie sally samantha sandra sara sarah serena sharon sheila shelley shirley sian sienna silvia
simone sinead sonia sophie stella stephanie sue susan susie suzanne suzy sylvia tammy tamsin tania
tanya tara teresa tess tessa thelma theresa tilly tina tracey tracy trisha trudy uma ursula valerie
vanessa vera veronica vicky victoria viola violet virginia vivienne wendy winifred yoko yvette
yvonne zara zoe
""".split()
    )
    | WORLD_FEMALE_NAMES
)


def first_name_gender(word: str) -> str | None:
    """Return "m"/"f" when `word` is a common first name of that gender, else None."""
    key = word.casefold().rstrip(".")
    if key in MALE_NAMES or f"{key}_m" in MALE_NAMES:
        return "m"
    return "f" if key in FEMALE_NAMES else None


# first names given to many men and to many women ("Magistrate Lee Gilmore ... she said"): a
# known first name, but no evidence of who its bearer is
UNISEX_NAMES = frozenset("lee leslie jean".split())


def name_gender(word: str) -> str | None:
    """Return the gender the first name `word` gives its bearer: `first_name_gender`, but
    None for a name common for both ("Lee", "Kim")."""
    return None if word.casefold().rstrip(".") in UNISEX_NAMES else first_name_gender(word)
